package org.knotwork.common.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of numeric CSV files: a header line of column names, then rows of finite numbers,
 * comma-separated. Blank lines are skipped and a UTF-8 byte-order mark is ignored. Every problem
 * (missing file, empty file, wrong header, ragged row, a field that is not a finite number, no rows)
 * is one {@link InputException} naming the file, the line and the column.
 *
 * @param columns the header's column names, as written (stripped)
 * @param rows the rows, each with one value per column
 */
public record NumericCsv(List<String> columns, double[][] rows) {

  /** Validates the shape and copies. */
  public NumericCsv {
    columns = List.copyOf(columns);
    for (double[] r : rows) {
      if (r.length != columns.size()) {
        throw new IllegalArgumentException("a row has " + r.length + " values for "
            + columns.size() + " columns");
      }
    }
  }

  /** The number of rows. */
  public int size() {
    return rows.length;
  }

  /** Column {@code name} as an array. */
  public double[] column(String name) {
    int j = columns.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + columns);
    }
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i][j];
    }
    return out;
  }

  /**
   * Reads a numeric CSV file.
   *
   * @param file the file
   * @param what what the file is, for messages (e.g. "data file")
   * @param expected the required header (compared case-insensitively, spaces ignored), or null to
   *     accept any header of non-empty names
   * @param minRows the least number of rows accepted
   */
  public static NumericCsv read(Path file, String what, List<String> expected, int minRows) {
    return parse(text(file, what), what + " " + file, expected, minRows);
  }

  /** The UTF-8 text of a file, every failure one {@link InputException} naming it. */
  private static String text(Path file, String what) {
    String where = what + " " + file;
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(where + " does not exist");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputException(where + " is not UTF-8 text");
    } catch (IOException e) {
      throw new InputException("cannot read " + where + ": " + e.getMessage());
    }
  }

  /**
   * Reads a numeric CSV file whose header line is present but not read (its names are free), with
   * {@code width} numbers per row; columns are named 1..width in messages and in the result.
   */
  public static NumericCsv readRows(Path file, String what, int width, int minRows) {
    String where = what + " " + file;
    String text = text(file, what);
    if (text.isBlank()) {
      throw new InputException(where + " is empty: expected a header line, then " + width
          + " numbers per line");
    }
    List<String> names = new ArrayList<>();
    for (int j = 1; j <= width; j++) {
      names.add(Integer.toString(j));
    }
    int eol = text.indexOf('\n');
    String body = eol < 0 ? "" : text.substring(eol + 1);
    return parse(String.join(",", names) + "\n" + body, where, names, minRows);
  }

  /** Parses numeric CSV text; {@code where} names its source in messages. */
  public static NumericCsv parse(String text, String where, List<String> expected, int minRows) {
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      String header = in.readLine();
      String wanted = expected == null ? "a header line of column names"
          : "a header line '" + String.join(",", expected) + "'";
      if (header == null || header.isBlank()) {
        throw new InputException(where + " is empty: expected " + wanted);
      }
      if (header.startsWith("\ufeff")) {
        header = header.substring(1);
      }
      List<String> names = new ArrayList<>();
      for (String n : header.split(",", -1)) {
        names.add(n.strip());
      }
      if (expected != null) {
        String got = String.join(",", names).replace(" ", "").toLowerCase(Locale.ROOT);
        String want = String.join(",", expected).toLowerCase(Locale.ROOT);
        if (!got.equals(want)) {
          throw new InputException(where + ": line 1 must be the header '"
              + String.join(",", expected) + "', got '" + header.strip() + "'");
        }
        names = new ArrayList<>(expected);
      } else if (names.stream().anyMatch(String::isEmpty)) {
        throw new InputException(where + ": line 1 must name every column, got '"
            + header.strip() + "'");
      }
      int k = names.size();
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
        if (parts.length != k) {
          throw new InputException(where + ": line " + lineNo + " must have " + k + " fields ("
              + String.join(",", names) + "), got " + parts.length);
        }
        double[] r = new double[k];
        for (int j = 0; j < k; j++) {
          r[j] = finite(parts[j], where, lineNo, names.get(j));
        }
        rows.add(r);
      }
      if (rows.size() < minRows) {
        throw new InputException(where + " has " + (rows.isEmpty() ? "no data rows"
            : rows.size() + " data row" + (rows.size() == 1 ? "" : "s")) + ": at least "
            + minRows + " required");
      }
      return new NumericCsv(names, rows.toArray(new double[0][]));
    } catch (IOException e) {
      throw new InputException("cannot read " + where + ": " + e.getMessage());
    }
  }

  private static double finite(String s, String where, int line, String col) {
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

  /** CSV text of columns of equal length, numbers in Java's shortest round-trip form. */
  public static String format(List<String> columns, double[]... values) {
    StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
    int n = values.length == 0 ? 0 : values[0].length;
    for (double[] v : values) {
      if (v.length != n) {
        throw new IllegalArgumentException("columns differ in length: " + n + " vs " + v.length);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < values.length; j++) {
        if (j > 0) {
          sb.append(',');
        }
        sb.append(values[j][i]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumericCsv c && columns.equals(c.columns) && Arrays.deepEquals(rows, c.rows);
  }

  @Override
  public int hashCode() {
    return 31 * columns.hashCode() + Arrays.deepHashCode(rows);
  }

  @Override
  public String toString() {
    return "NumericCsv" + columns + " x " + rows.length;
  }
}
