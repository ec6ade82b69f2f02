package org.knotwork.reservoir.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * Time series as CSV, a thin layer over {@link NumericCsv} (which parses and checks the numbers): one
 * sample per line, one column per component. What this layer adds for series: lines starting with
 * {@code #} are comments, a file without a header line gets the names {@code x0, x1, ...}, and an
 * optional time-stamp column is dropped after checking that it is evenly spaced by {@code dt}.
 */
public final class TimeSeriesCsv {
  private TimeSeriesCsv() {}

  /**
   * Reads a series.
   *
   * @param file the CSV file
   * @param dt sampling interval in time units, &gt; 0
   * @param timeColumn index of a time-stamp column to drop, or &minus;1
   * @param what what the file is, for messages (e.g. "series")
   * @throws InputException naming the file and the line of any problem
   */
  public static TimeSeries read(Path file, double dt, int timeColumn, String what) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(what + " " + file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
    }
    return parse(text, what + " " + file, dt, timeColumn);
  }

  /** Parses series text; {@code where} names its source in messages. */
  public static TimeSeries parse(String text, String where, double dt, int timeColumn) {
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new InputException(where + ": dt must be finite and > 0, got " + dt);
    }
    // comments become blank lines (NumericCsv skips them), so line numbers stay the file's
    List<String> lines = new ArrayList<>(text.lines().map(l -> l.strip().startsWith("#") ? ""
        : l).toList());
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new InputException(where + " holds no samples");
    }
    String[] cells = lines.get(first).split(",", -1);
    if (timeColumn >= cells.length) {
      throw new InputException(where + ": timeColumn " + timeColumn + " is outside its "
          + cells.length + " columns");
    }
    String header;
    int offset;
    if (numeric(cells[0]) && numeric(cells[cells.length - 1])) {
      offset = first - 1;
      List<String> names = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        names.add("x" + (c - (timeColumn >= 0 && c > timeColumn ? 1 : 0)));
      }
      if (timeColumn >= 0) {
        names.set(timeColumn, "time");
      }
      header = String.join(",", names);
      lines = lines.subList(first, lines.size());
    } else {
      offset = first;
      header = lines.get(first);
      lines = lines.subList(first + 1, lines.size());
    }
    String body = header + "\n" + String.join("\n", lines) + "\n";
    NumericCsv csv;
    try {
      csv = NumericCsv.parse(body, where, null, 2);
    } catch (InputException e) {
      throw fileLines(e, where, offset);
    }
    int k = csv.columns().size() - (timeColumn >= 0 ? 1 : 0);
    if (k < 1) {
      throw new InputException(where + " has no component besides its time column");
    }
    double[] values = new double[csv.size() * k];
    List<String> names = new ArrayList<>();
    for (int c = 0; c < csv.columns().size(); c++) {
      if (c != timeColumn) {
        names.add(csv.columns().get(c));
      }
    }
    double t0 = timeColumn >= 0 ? csv.rows()[0][timeColumn] : 0;
    int n = 0;
    for (int r = 0; r < csv.size(); r++) {
      double[] row = csv.rows()[r];
      for (int c = 0; c < row.length; c++) {
        if (c != timeColumn) {
          values[n++] = row[c];
        } else if (Math.abs(row[c] - (t0 + r * dt)) > 1e-6 * Math.max(1.0, Math.abs(row[c]))) {
          throw new InputException(where + ": sample " + (r + 1) + " has time " + row[c]
              + ", not first time + " + r + " * dt = " + (t0 + r * dt));
        }
      }
    }
    return new TimeSeries(values, k, dt, names);
  }

  /** Writes {@code series} with a header of component names, atomically. */
  public static void write(TimeSeries series, Path file) {
    double[][] columns = new double[series.dimension()][series.length()];
    for (int t = 0; t < series.length(); t++) {
      for (int k = 0; k < series.dimension(); k++) {
        columns[k][t] = series.get(t, k);
      }
    }
    AtomicFiles.writeString(file, NumericCsv.format(series.names(), columns));
  }

  /** The error with NumericCsv's line numbers turned into the file's (comments were dropped). */
  private static InputException fileLines(InputException e, String where, int offset) {
    String m = e.getMessage();
    if (offset == 0 || !m.startsWith(where)) {
      return e;
    }
    java.util.regex.Matcher x = java.util.regex.Pattern.compile("line (\\d+)")
        .matcher(m.substring(where.length()));
    if (!x.find()) {
      return e;
    }
    String rest = m.substring(where.length());
    return new InputException(where + rest.substring(0, x.start()) + "line "
        + (Integer.parseInt(x.group(1)) + offset) + rest.substring(x.end()));
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
