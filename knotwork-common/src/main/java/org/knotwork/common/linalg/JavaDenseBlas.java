package org.knotwork.common.linalg;

/**
 * The pure-Java {@link DenseBlas}: heap arrays and the plain triple loop of (LB1), every element
 * summed over the inner index in increasing order. The same bits on every machine and JVM; meant as
 * the reference and the fallback, not for speed.
 */
public final class JavaDenseBlas implements DenseBlas {
  /** The one instance. */
  public static final JavaDenseBlas INSTANCE = new JavaDenseBlas();

  private JavaDenseBlas() {
  }

  @Override
  public String name() {
    return "java";
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public String unavailableReason() {
    return "";
  }

  @Override
  public Buffer allocate(long length) {
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("buffer length must be in [0, 2^31 - 9], got " + length);
    }
    return new HeapBuffer(new double[(int) length]);
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Buffer a,
      long aOff, int lda, Buffer b, long bOff, int ldb, double beta, Buffer c, long cOff, int ldc) {
    DenseBlas.checkGemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    double[] av = heap(a);
    double[] bv = heap(b);
    double[] cv = heap(c);
    int ao = (int) aOff;
    int bo = (int) bOff;
    int co = (int) cOff;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int q = 0; q < k; q++) {
          double x = transA ? av[ao + q * lda + i] : av[ao + i * lda + q];
          double y = transB ? bv[bo + j * ldb + q] : bv[bo + q * ldb + j];
          s += x * y;
        }
        int at = co + i * ldc + j;
        cv[at] = beta == 0 ? alpha * s : alpha * s + beta * cv[at];
      }
    }
  }

  private static double[] heap(Buffer b) {
    if (!(b instanceof HeapBuffer)) {
      throw new IllegalArgumentException("gemm operand belongs to another provider: "
          + b.getClass().getName());
    }
    return ((HeapBuffer) b).values;
  }

  /** A heap array. */
  private static final class HeapBuffer implements Buffer {
    final double[] values;

    HeapBuffer(double[] values) {
      this.values = values;
    }

    @Override
    public long length() {
      return values.length;
    }

    @Override
    public void put(double[] src, int from, long at, int count) {
      System.arraycopy(src, from, values, Math.toIntExact(at), count);
    }

    @Override
    public void get(long at, double[] dst, int to, int count) {
      System.arraycopy(values, Math.toIntExact(at), dst, to, count);
    }

    @Override
    public void close() {
      // heap memory: nothing to release
    }
  }
}
