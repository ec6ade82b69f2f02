package org.knotwork.common.io;

import java.util.Arrays;

/**
 * A C-ordered array as NumPy stores it: little-endian float64 ({@code <f8}) or int64 ({@code <i8})
 * values and a shape. Immutable: arrays are copied in and out.
 *
 * @param dtype {@link #FLOAT64} or {@link #INT64}
 * @param shape the dimensions (empty for a scalar), each &ge; 0
 * @param doubles the values for {@code <f8} (null otherwise)
 * @param longs the values for {@code <i8} (null otherwise)
 */
public record NpyArray(String dtype, int[] shape, double[] doubles, long[] longs) {
  /** NumPy's descr of little-endian float64. */
  public static final String FLOAT64 = "<f8";
  /** NumPy's descr of little-endian int64. */
  public static final String INT64 = "<i8";

  /** Validates the dtype, the shape and the number of values, and copies. */
  public NpyArray {
    if (!FLOAT64.equals(dtype) && !INT64.equals(dtype)) {
      throw new IllegalArgumentException("dtype must be <f8 or <i8, got " + dtype);
    }
    if (shape == null) {
      throw new IllegalArgumentException("shape is required");
    }
    shape = shape.clone();
    long size = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("shape entries must be >= 0, got "
            + Arrays.toString(shape));
      }
      size *= d;
    }
    boolean f = FLOAT64.equals(dtype);
    if ((f ? doubles : longs) == null || (f ? longs : doubles) != null) {
      throw new IllegalArgumentException("a " + dtype + " array holds exactly the "
          + (f ? "doubles" : "longs"));
    }
    long n = f ? doubles.length : longs.length;
    if (n != size) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size
          + " values, got " + n);
    }
    doubles = f ? doubles.clone() : null;
    longs = f ? null : longs.clone();
  }

  /** A float64 vector. */
  public static NpyArray of(double[] values) {
    return new NpyArray(FLOAT64, new int[] {values.length}, values, null);
  }

  /** A float64 array of the given shape (values in C order). */
  public static NpyArray of(int[] shape, double[] values) {
    return new NpyArray(FLOAT64, shape, values, null);
  }

  /** An int64 vector. */
  public static NpyArray ofLongs(long[] values) {
    return new NpyArray(INT64, new int[] {values.length}, null, values);
  }

  /** An int64 array of the given shape (values in C order). */
  public static NpyArray ofLongs(int[] shape, long[] values) {
    return new NpyArray(INT64, shape, null, values);
  }

  /** A float64 matrix from its rows (all of equal length; an empty list gives shape (0, 0)). */
  public static NpyArray matrix(double[][] rows) {
    int r = rows.length;
    int c = r == 0 ? 0 : rows[0].length;
    double[] flat = new double[r * c];
    for (int i = 0; i < r; i++) {
      if (rows[i].length != c) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length
            + " entries, expected " + c);
      }
      System.arraycopy(rows[i], 0, flat, i * c, c);
    }
    return of(new int[] {r, c}, flat);
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public double[] doubles() {
    return doubles == null ? null : doubles.clone();
  }

  @Override
  public long[] longs() {
    return longs == null ? null : longs.clone();
  }

  /** Number of values. */
  public int size() {
    return doubles != null ? doubles.length : longs.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyArray a && dtype.equals(a.dtype) && Arrays.equals(shape, a.shape)
        && Arrays.equals(doubles, a.doubles) && Arrays.equals(longs, a.longs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shape) + 31 * (Arrays.hashCode(doubles) + Arrays.hashCode(longs));
  }

  @Override
  public String toString() {
    return "NpyArray[" + dtype + " " + Arrays.toString(shape) + "]";
  }
}
