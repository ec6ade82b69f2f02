package org.knotwork.cli;

import org.knotwork.net.Coordinates;
import picocli.CommandLine;

/** Parses {@code --coords nn|spline}. */
final class CoordinatesConverter implements CommandLine.ITypeConverter<Coordinates> {
  @Override
  public Coordinates convert(String value) {
    try {
      return Coordinates.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("expected 'nn' or 'spline', got '"
          + value + "'");
    }
  }
}
