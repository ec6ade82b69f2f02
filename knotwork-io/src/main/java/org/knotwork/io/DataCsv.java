package org.knotwork.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.data.Dataset;

/**
 * Data CSV: a header line {@code x,y} (columns in that order), then one point per line. Blank lines are
 * ignored; anything else that is not two finite numbers is an error naming the line.
 */
public final class DataCsv {
  private DataCsv() {}

  /** Reads a data CSV; every problem becomes one {@link InputException}. */
  public static Dataset read(Path file) {
    String where = "data file " + file;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new InputException(where + " is empty: expected a header line 'x,y'");
      }
      String h = header.strip().replace(" ", "").toLowerCase(Locale.ROOT);
      if (h.startsWith("\ufeff")) {
        h = h.substring(1);
      }
      if (!h.equals("x,y")) {
        throw new InputException(where + ": line 1 must be the header 'x,y', got '"
            + header.strip() + "'");
      }
      double[] x = new double[16];
      double[] y = new double[16];
      int n = 0;
      int lineNo = 1;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
          throw new InputException(where + ": line " + lineNo + " must have 2 fields x,y, got "
              + parts.length);
        }
        if (n == x.length) {
          x = java.util.Arrays.copyOf(x, 2 * n);
          y = java.util.Arrays.copyOf(y, 2 * n);
        }
        x[n] = parse(parts[0], where, lineNo, "x");
        y[n] = parse(parts[1], where, lineNo, "y");
        n++;
      }
      if (n == 0) {
        throw new InputException(where + " has no data rows: at least one (x, y) point is required");
      }
      return new Dataset(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
    } catch (NoSuchFileException e) {
      throw new InputException(where + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read " + where + ": " + e.getMessage());
    }
  }

  private static double parse(String s, String where, int line, String col) {
    String t = s.strip();
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new InputException(where + ": line " + line + ", column " + col
          + " must be a number, got '" + t + "'");
    }
    if (!Double.isFinite(v)) {
      throw new InputException(where + ": line " + line + ", column " + col
          + " must be a finite number, got '" + t + "'");
    }
    return v;
  }

  /** The CSV text of a data set (header {@code x,y}; round-trip exact). */
  public static String toCsv(Dataset d) {
    StringBuilder sb = new StringBuilder("x,y\n");
    for (int i = 0; i < d.size(); i++) {
      sb.append(d.x(i)).append(',').append(d.y(i)).append('\n');
    }
    return sb.toString();
  }

  /** Writes a data set atomically. */
  public static void write(Path file, Dataset d) {
    AtomicFiles.writeString(file, toCsv(d));
  }
}
