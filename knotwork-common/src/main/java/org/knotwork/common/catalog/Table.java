package org.knotwork.common.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure-ready table: named columns, rows of numbers ({@link Double} or {@link Long}) or text.
 *
 * @param name file name stem, e.g. {@code ladder}
 * @param columns column names
 * @param rows the rows, each with one value per column
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  /** Validates the shape and the value types, and copies. */
  public Table {
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("table name must be lower case letters, digits and "
          + "dashes, got '" + name + "'");
    }
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table " + name + ": a row has " + r.size()
            + " values for " + columns.size() + " columns");
      }
      for (Object v : r) {
        if (!(v instanceof Double || v instanceof Long || v instanceof String)) {
          throw new IllegalArgumentException("table " + name + ": values must be Double, Long "
              + "or String, got " + (v == null ? "null" : v.getClass().getSimpleName()));
        }
      }
      copy.add(List.copyOf(r));
    }
    rows = List.copyOf(copy);
  }

  /** A builder for a table with the given columns. */
  public static Builder of(String name, String... columns) {
    return new Builder(name, List.of(columns));
  }

  /** Collects rows. */
  public static final class Builder {
    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    /** Adds a row; ints become longs and floats doubles. */
    public Builder row(Object... values) {
      List<Object> r = new ArrayList<>();
      for (Object v : values) {
        if (v instanceof Integer i) {
          r.add((long) i);
        } else if (v instanceof Float f) {
          r.add((double) f);
        } else {
          r.add(v);
        }
      }
      rows.add(r);
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(name, columns, rows);
    }
  }
}
