package org.knotwork.reservoir.linalg;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable sparse matrix in compressed-sparse-row form: row i holds the entries
 * {@code values[p]} at columns {@code columns[p]} for p in [rowStart[i], rowStart[i+1]), columns strictly
 * increasing within a row.
 */
public final class CsrMatrix {
  private final int rows;
  private final int cols;
  private final int[] rowStart;
  private final int[] columns;
  private final double[] values;

  /**
   * Validates and copies the three arrays.
   *
   * @throws IllegalArgumentException if the structure is inconsistent
   */
  public CsrMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("rows and cols must be >= 0, got " + rows + ", " + cols);
    }
    if (rowStart == null || columns == null || values == null) {
      throw new IllegalArgumentException("rowStart, columns and values are required");
    }
    if (rowStart.length != rows + 1 || rowStart[0] != 0) {
      throw new IllegalArgumentException("rowStart must have rows + 1 entries starting at 0");
    }
    if (columns.length != values.length || rowStart[rows] != values.length) {
      throw new IllegalArgumentException("columns and values must both have rowStart[rows] = "
          + rowStart[rows] + " entries, got " + columns.length + " and " + values.length);
    }
    for (int i = 0; i < rows; i++) {
      if (rowStart[i + 1] < rowStart[i]) {
        throw new IllegalArgumentException("rowStart must be non-decreasing (row " + i + ")");
      }
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        if (columns[p] < 0 || columns[p] >= cols) {
          throw new IllegalArgumentException("column " + columns[p] + " outside [0, " + cols + ")");
        }
        if (p > rowStart[i] && columns[p] <= columns[p - 1]) {
          throw new IllegalArgumentException("columns must increase strictly within row " + i);
        }
      }
    }
    this.rows = rows;
    this.cols = cols;
    this.rowStart = rowStart.clone();
    this.columns = columns.clone();
    this.values = values.clone();
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Number of stored entries. */
  public int nonZeros() {
    return values.length;
  }

  /** Start of row i in the stored entries ({@link #column}, {@link #value}); i in [0, rows]. */
  public int rowStart(int i) {
    return rowStart[i];
  }

  /** Column of stored entry p. */
  public int column(int p) {
    return columns[p];
  }

  /** Value of stored entry p. */
  public double value(int p) {
    return values[p];
  }

  /** Entry (i, j), zero when not stored. */
  public double get(int i, int j) {
    int p = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
    return p >= 0 ? values[p] : 0.0;
  }

  /** y = A x. {@code x} and {@code y} must not alias. */
  public void multiply(double[] x, double[] y) {
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        s += values[p] * x[columns[p]];
      }
      y[i] = s;
    }
  }

  /** The matrix with every value mapped by {@code f} (same structure, zeros kept as entries). */
  public CsrMatrix mapValues(DoubleUnaryOperator f) {
    double[] v = new double[values.length];
    for (int p = 0; p < v.length; p++) {
      v[p] = f.applyAsDouble(values[p]);
    }
    return new CsrMatrix(rows, cols, rowStart, columns, v);
  }

  /** The matrix times {@code factor}. */
  public CsrMatrix scaled(double factor) {
    return mapValues(v -> v * factor);
  }

  /** Dense row-major copy (for tests and small matrices). */
  public double[] toDense() {
    double[] d = new double[Math.multiplyExact(rows, cols)];
    for (int i = 0; i < rows; i++) {
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        d[i * cols + columns[p]] = values[p];
      }
    }
    return d;
  }

  /** Smallest stored value (+&infin; when empty). */
  public double minValue() {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  /**
   * True when the directed graph with an edge i &rarr; j for every stored entry (i, j) has no cycle; a
   * square non-negative matrix then has spectral radius exactly 0 (it is nilpotent).
   */
  public boolean isAcyclic() {
    if (rows != cols) {
      throw new IllegalArgumentException("isAcyclic needs a square matrix, got " + rows + "x" + cols);
    }
    int[] inDegree = new int[rows];
    for (int p = 0; p < columns.length; p++) {
      inDegree[columns[p]]++;
    }
    int[] stack = new int[rows];
    int top = 0;
    for (int i = 0; i < rows; i++) {
      if (inDegree[i] == 0) {
        stack[top++] = i;
      }
    }
    int removed = 0;
    while (top > 0) {
      int i = stack[--top];
      removed++;
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        if (--inDegree[columns[p]] == 0) {
          stack[top++] = columns[p];
        }
      }
    }
    return removed == rows;
  }
}
