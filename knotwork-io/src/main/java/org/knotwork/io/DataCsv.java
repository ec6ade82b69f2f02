package org.knotwork.io;

import java.nio.file.Path;
import java.util.List;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.data.Dataset;

/**
 * Data CSV: a header line {@code x,y} (columns in that order), then one point per line. Blank lines are
 * ignored; anything else that is not two finite numbers is an error naming the line.
 */
public final class DataCsv {
  /** The header. */
  private static final List<String> HEADER = List.of("x", "y");

  private DataCsv() {}

  /** Reads a data CSV; every problem becomes one {@link InputException}. */
  public static Dataset read(Path file) {
    NumericCsv c = NumericCsv.read(file, "data file", HEADER, 1);
    return new Dataset(c.column("x"), c.column("y"));
  }

  /** The CSV text of a data set (header {@code x,y}; round-trip exact). */
  public static String toCsv(Dataset d) {
    return NumericCsv.format(HEADER, d.x(), d.y());
  }

  /** Writes a data set atomically. */
  public static void write(Path file, Dataset d) {
    AtomicFiles.writeString(file, toCsv(d));
  }
}
