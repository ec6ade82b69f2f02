package org.knotwork.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.run.RunDirectory;

/**
 * The results of a sweep, one row per run in index order: {@code run}, {@code index}, one column per
 * grid axis (typed: whole numbers, numbers or text), and the final metrics of
 * {@link org.knotwork.experiment.RunMetrics#columns()}. Wall times are not in the table (they live in
 * each run's manifest), so equal sweeps give equal tables wherever they ran.
 *
 * @param columns the column names
 * @param rows the rows; values are {@link String}, {@link Long} or {@link Double}
 */
public record ResultsTable(List<String> columns, List<List<Object>> rows) {
  /** The CSV file. */
  public static final String CSV = "results.csv";
  /** The Parquet file. */
  public static final String PARQUET = "results.parquet";

  /** Copies; checks that every row has one value per column and each column one type. */
  public ResultsTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + r.size() + " values for "
            + columns.size() + " columns");
      }
      copy.add(List.copyOf(r));
    }
    rows = List.copyOf(copy);
    for (int c = 0; c < columns.size(); c++) {
      Class<?> type = null;
      for (List<Object> r : rows) {
        Class<?> t = r.get(c).getClass();
        if (type != null && t != type) {
          throw new IllegalArgumentException("column " + columns.get(c) + " mixes "
              + type.getSimpleName() + " and " + t.getSimpleName());
        }
        type = t;
      }
    }
  }

  /**
   * The table of the given runs with the given metrics per run.
   *
   * @param axes the sweep's axes
   * @param runs the runs to include, in order
   * @param metrics the metrics columns of each run (e.g. {@link #readMetrics})
   */
  public static ResultsTable of(List<GridAxis> axes, List<SweepRun> runs,
      java.util.function.Function<SweepRun, Map<String, Object>> metrics) {
    List<String> cols = new ArrayList<>(List.of("run", "index"));
    axes.forEach(a -> cols.add(a.column()));
    List<List<Object>> rows = new ArrayList<>();
    List<String> metricNames = null;
    for (SweepRun r : runs) {
      Map<String, Object> m = metrics.apply(r);
      if (metricNames == null) {
        metricNames = new ArrayList<>(m.keySet());
        cols.addAll(metricNames);
      } else if (!metricNames.equals(new ArrayList<>(m.keySet()))) {
        throw new IllegalStateException("run " + r.name() + " has metrics " + m.keySet()
            + ", expected " + metricNames);
      }
      List<Object> row = new ArrayList<>();
      row.add(r.name());
      row.add((long) r.index());
      for (int a = 0; a < axes.size(); a++) {
        row.add(typed(axes.get(a), r.values().get(a)));
      }
      row.addAll(m.values());
      rows.add(row);
    }
    return new ResultsTable(cols, rows);
  }

  /** A grid value as a Long if every value of its axis is a whole number, Double if a number. */
  static Object typed(GridAxis axis, String value) {
    if (axis.values().stream().allMatch(ResultsTable::isLong)) {
      return Long.parseLong(value);
    }
    if (axis.values().stream().allMatch(ResultsTable::isDouble)) {
      return Double.parseDouble(value);
    }
    return value;
  }

  private static boolean isLong(String s) {
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDouble(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The metrics columns of a finished run of any kind, read from its manifest: numbers and text as
   * they are, booleans as text, null (NaN) as NaN.
   */
  public static Map<String, Object> readMetrics(Path runDir) {
    return columns(RunDirectory.manifest(runDir).metrics());
  }

  /** Metrics as table values: Double, Long or String (booleans become "true"/"false"). */
  public static Map<String, Object> columns(Map<String, Object> metrics) {
    Map<String, Object> out = new LinkedHashMap<>();
    metrics.forEach((k, v) -> out.put(k, v instanceof Boolean b ? b.toString()
        : v instanceof Integer i ? (Object) i.longValue() : v));
    return out;
  }

  /** The CSV text: a header line, then one line per row (doubles in round-trip notation). */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
    for (List<Object> r : rows) {
      for (int k = 0; k < r.size(); k++) {
        Object v = r.get(k);
        sb.append(k == 0 ? "" : ",");
        if (v instanceof String s && (s.contains(",") || s.contains("\"") || s.contains("\n"))) {
          sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
          sb.append(v);
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Writes {@code results.csv} and {@code results.parquet} into {@code dir}, each atomically. */
  public void write(Path dir) {
    AtomicFiles.writeString(dir.resolve(CSV), toCsv());
    writeParquet(dir.resolve(PARQUET));
  }

  /** Writes the table as Parquet through an in-memory DuckDB (Appender, then COPY). */
  public void writeParquet(Path file) {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
    try {
      Files.createDirectories(abs.getParent());
      Files.deleteIfExists(tmp);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
           Statement st = c.createStatement()) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE results (");
        for (int k = 0; k < columns.size(); k++) {
          ddl.append(k == 0 ? "" : ", ").append('"').append(columns.get(k).replace("\"", "\"\""))
              .append("\" ").append(sqlType(k));
        }
        st.execute(ddl.append(')').toString());
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "results")) {
          for (List<Object> r : rows) {
            app.beginRow();
            for (Object v : r) {
              if (v instanceof Long l) {
                app.append(l.longValue());
              } else if (v instanceof Double d) {
                app.append(d.doubleValue());
              } else {
                app.append((String) v);
              }
            }
            app.endRow();
          }
        }
        st.execute("COPY results TO '" + tmp.toString().replace("'", "''")
            + "' (FORMAT parquet)");
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write " + file + " with DuckDB: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  private String sqlType(int column) {
    Object v = rows.isEmpty() ? "" : rows.get(0).get(column);
    return v instanceof Long ? "BIGINT" : v instanceof Double ? "DOUBLE" : "VARCHAR";
  }
}
