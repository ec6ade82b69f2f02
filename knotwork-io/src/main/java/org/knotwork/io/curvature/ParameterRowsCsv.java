package org.knotwork.io.curvature;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.InputException;

/**
 * A trajectory file: a header line (column names, ignored), then one flat parameter vector per line
 * in the layout of {@link org.knotwork.net.Coordinates} (network: w..., b..., v..., c). Blank lines are
 * ignored; anything else that is not {@code dimension} finite numbers is an error naming the line.
 */
public final class ParameterRowsCsv {
  private ParameterRowsCsv() {}

  /** Reads the rows, each of length {@code dimension}; at least one row is required. */
  public static List<double[]> read(Path file, int dimension) {
    String where = "trajectory file " + file;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (in.readLine() == null) {
        throw new InputException(where + " is empty: expected a header line, then one "
            + dimension + "-entry parameter vector per line");
      }
      List<double[]> rows = new ArrayList<>();
      int lineNo = 1;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        String[] parts = t.split(",", -1);
        if (parts.length != dimension) {
          throw new InputException(where + ": line " + lineNo + " must have " + dimension
              + " fields, got " + parts.length);
        }
        double[] row = new double[dimension];
        for (int k = 0; k < dimension; k++) {
          String s = parts[k].strip();
          try {
            row[k] = Double.parseDouble(s);
          } catch (NumberFormatException e) {
            throw new InputException(where + ": line " + lineNo + ", field " + (k + 1)
                + " must be a number, got '" + s + "'");
          }
          if (!Double.isFinite(row[k])) {
            throw new InputException(where + ": line " + lineNo + ", field " + (k + 1)
                + " must be a finite number, got '" + s + "'");
          }
        }
        rows.add(row);
      }
      if (rows.isEmpty()) {
        throw new InputException(where + " has no parameter rows");
      }
      return rows;
    } catch (NoSuchFileException e) {
      throw new InputException(where + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read " + where + ": " + e.getMessage());
    }
  }
}
