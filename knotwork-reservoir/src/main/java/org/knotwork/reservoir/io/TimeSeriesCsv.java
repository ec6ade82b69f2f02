package org.knotwork.reservoir.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.common.io.AtomicFiles;

/**
 * Time series as CSV: one sample per line, one column per component, comma-separated. An optional
 * first line of column names is recognised when it does not parse as numbers; blank lines and lines
 * starting with {@code #} are skipped. Optionally one column holds time stamps, which are then dropped
 * (and checked to be evenly spaced by {@code dt}).
 */
public final class TimeSeriesCsv {
  private TimeSeriesCsv() {}

  /**
   * Reads a series.
   *
   * @param file the CSV file
   * @param dt sampling interval in time units, &gt; 0
   * @param timeColumn index of a time-stamp column to drop, or &minus;1
   * @throws IllegalArgumentException naming the line of a malformed or non-finite value
   */
  public static TimeSeries read(Path file, double dt, int timeColumn) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("file is required");
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
    }
    List<String> names = null;
    int columns = -1;
    double[] buf = new double[1024];
    int n = 0;
    int rows = 0;
    double firstTime = Double.NaN;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cells = t.split(",", -1);
        if (columns < 0) {
          columns = cells.length;
          if (timeColumn >= columns || timeColumn < -1) {
            throw new IllegalArgumentException("timeColumn " + timeColumn + " outside the "
                + columns + " columns of " + file);
          }
          if (!numeric(cells[0]) || (cells.length > 1 && !numeric(cells[cells.length - 1]))) {
            names = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
              if (c != timeColumn) {
                names.add(cells[c].strip());
              }
            }
            continue;
          }
        }
        if (cells.length != columns) {
          throw new IllegalArgumentException(file + " line " + lineNo + ": expected " + columns
              + " columns, got " + cells.length);
        }
        for (int c = 0; c < columns; c++) {
          double v;
          try {
            v = Double.parseDouble(cells[c].strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + lineNo + " column " + (c + 1)
                + ": not a number: '" + cells[c] + "'");
          }
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(file + " line " + lineNo + " column " + (c + 1)
                + ": value must be finite, got " + v);
          }
          if (c == timeColumn) {
            if (rows == 0) {
              firstTime = v;
            } else if (Math.abs(v - (firstTime + rows * dt)) > 1e-6 * Math.max(1.0, Math.abs(v))) {
              throw new IllegalArgumentException(file + " line " + lineNo + ": time " + v
                  + " is not first time + " + rows + " * dt = " + (firstTime + rows * dt));
            }
            continue;
          }
          if (n == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          buf[n++] = v;
        }
        rows++;
      }
    }
    int dim = columns - (timeColumn >= 0 ? 1 : 0);
    if (rows < 2 || dim < 1) {
      throw new IllegalArgumentException(file + " must hold at least 2 samples of at least one"
          + " component");
    }
    return new TimeSeries(Arrays.copyOf(buf, n), dim, dt, names);
  }

  /** Writes {@code series} with a header of component names, atomically. */
  public static void write(TimeSeries series, Path file) throws IOException {
    AtomicFiles.writeText(file, w -> {
      w.write(String.join(",", series.names()));
      w.write('\n');
      double[] row = new double[series.dimension()];
      StringBuilder sb = new StringBuilder();
      for (int t = 0; t < series.length(); t++) {
        series.row(t, row);
        sb.setLength(0);
        for (int k = 0; k < row.length; k++) {
          if (k > 0) {
            sb.append(',');
          }
          sb.append(row[k]);
        }
        sb.append('\n');
        w.write(sb.toString());
      }
    });
  }

  private static boolean numeric(String s) {
    try {
      Double.parseDouble(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
