package org.knotwork.pathways.model;

/**
 * The mutable weights of a multi-pathway network: for pathway j and layer l (0-based), a
 * {@code layerRows(j,l) x layerCols(j,l)} matrix stored row-major in a {@code double[]}.
 * Not thread-safe.
 */
public final class Network {
  private final Architecture architecture;
  private final double[][][] w;
  private long version;
  /** A copy-back that an engine deferred (its weights are newer than w), or null. */
  private Runnable pending;

  private Network(Architecture architecture, double[][][] w) {
    this.architecture = architecture;
    this.w = w;
  }

  /** A network of the given shape with all weights zero. */
  public static Network zeros(Architecture architecture) {
    if (architecture == null) {
      throw new IllegalArgumentException("architecture is missing");
    }
    int jn = architecture.pathwayCount();
    double[][][] w = new double[jn][][];
    for (int j = 0; j < jn; j++) {
      int d = architecture.depth(j);
      w[j] = new double[d][];
      for (int l = 0; l < d; l++) {
        long size = (long) architecture.layerRows(j, l) * architecture.layerCols(j, l);
        if (size > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException("layer " + l + " of pathway " + j
              + " has " + size + " weights, more than one array can hold");
        }
        w[j][l] = new double[(int) size];
      }
    }
    return new Network(architecture, w);
  }

  /** The shape. */
  public Architecture architecture() {
    return architecture;
  }

  /** A deep copy. */
  public Network copy() {
    flush();
    double[][][] c = new double[w.length][][];
    for (int j = 0; j < w.length; j++) {
      c[j] = new double[w[j].length][];
      for (int l = 0; l < w[j].length; l++) {
        c[j][l] = w[j][l].clone();
      }
    }
    return new Network(architecture, c);
  }

  /** Layer l of pathway j, row-major (a copy). */
  public double[] weights(int j, int l) {
    flush();
    architecture.layerRows(j, l);
    return w[j][l].clone();
  }

  /** Weight (row, col) of layer l of pathway j. */
  public double weight(int j, int l, int row, int col) {
    int cols = architecture.layerCols(j, l);
    flush();
    return w[j][l][row * cols + col];
  }

  /** Replaces layer l of pathway j (row-major, finite, of the layer's size). */
  public void setWeights(int j, int l, double[] values) {
    int rows = architecture.layerRows(j, l);
    int cols = architecture.layerCols(j, l);
    if (values == null || values.length != rows * cols) {
      throw new IllegalArgumentException("weights of pathway " + j + " layer " + l + " must have "
          + rows + " x " + cols + " = " + rows * cols + " entries, got "
          + (values == null ? "none" : values.length));
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("weights of pathway " + j + " layer " + l + " entry "
            + i + " must be finite, got " + values[i]);
      }
    }
    flush();
    System.arraycopy(values, 0, w[j][l], 0, values.length);
    version++;
  }

  /** True if every weight is finite. */
  public boolean isFinite() {
    flush();
    for (double[][] p : w) {
      for (double[] m : p) {
        for (double x : m) {
          if (!Double.isFinite(x)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Direct access for the engine and initialisers (no copy). */
  double[] raw(int j, int l) {
    flush();
    return w[j][l];
  }

  /**
   * Registers a copy-back of newer weights held elsewhere (an engine's native buffers); it runs
   * before the weights are next read or written here, once. Another registered one runs first; the
   * same one registered again stays pending (the engine's next step superseded nothing).
   */
  void deferSync(Runnable sync) {
    if (pending != sync) {
      flush();
    }
    pending = sync;
  }

  /** Runs the deferred copy-back, if any. */
  void flush() {
    Runnable r = pending;
    if (r != null) {
      pending = null;
      r.run();
    }
  }

  /** Incremented on every change of the weights; lets the engine detect stale forward state. */
  long version() {
    return version;
  }

  void touch() {
    version++;
  }
}
