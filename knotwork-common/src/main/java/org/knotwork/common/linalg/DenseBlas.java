package org.knotwork.common.linalg;

/**
 * Dense matrix products on storage that a provider owns (docs/linalg.md &sect;7): the pure-Java
 * {@link JavaDenseBlas} keeps heap arrays, a native provider (module {@code knotwork-lapack}, found by
 * {@link java.util.ServiceLoader}) keeps off-heap memory so that a large matrix is handed to the
 * native library without a copy per call. Matrices are row-major; a leading dimension is the
 * distance between the starts of two rows.
 *
 * <p>Only {@link #gemm} is offered: C &larr; &alpha; op(A) op(B) + &beta; C (LB1). A caller that keeps
 * a large operand resident (the weights of a deep linear network, say) allocates it once, copies it
 * in with {@link Buffer#put}, and copies results out with {@link Buffer#get}.
 *
 * <p><b>Bits.</b> The Java provider sums each element of op(A) op(B) over the inner index in
 * increasing order, then forms &alpha;&middot;sum + &beta;&middot;c (without fused multiply-adds),
 * on any machine. A native provider's bits depend on its library version, the CPU kernel it selects
 * and its thread count; see the provider.
 */
public interface DenseBlas extends LinalgProvider {

  /**
   * Storage for {@code length} doubles, zeroed.
   *
   * @throws IllegalArgumentException if length is negative
   */
  Buffer allocate(long length);

  /**
   * C &larr; &alpha; op(A) op(B) + &beta; C (LB1) with op(A) m &times; k, op(B) k &times; n and C m &times;
   * n, all row-major in buffers of this provider, each starting at its offset (in doubles) into its
   * buffer; op(X) = X<sup>T</sup> when the flag is set. With &beta; = 0 the old C is not read.
   *
   * @throws IllegalArgumentException if a dimension is negative, a leading dimension too small, a
   *     buffer too short, or a buffer belongs to another provider
   */
  void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Buffer a,
      long aOff, int lda, Buffer b, long bOff, int ldb, double beta, Buffer c, long cOff, int ldc);

  /** A provider's storage of doubles. Close it to release native memory (no-op on the heap). */
  interface Buffer extends AutoCloseable {
    /** Its length in doubles. */
    long length();

    /** Copies {@code count} doubles from src[from..] into this buffer at offset {@code at}. */
    void put(double[] src, int from, long at, int count);

    /** Copies {@code count} doubles of this buffer from offset {@code at} into dst[to..]. */
    void get(long at, double[] dst, int to, int count);

    @Override
    void close();
  }

  /**
   * Checks the arguments of {@link #gemm} against the buffers' lengths (for providers).
   *
   * @throws IllegalArgumentException naming the first violated condition
   */
  static void checkGemm(boolean transA, boolean transB, int m, int n, int k, Buffer a, long aOff,
      int lda, Buffer b, long bOff, int ldb, Buffer c, long cOff, int ldc) {
    if (m < 0 || n < 0 || k < 0) {
      throw new IllegalArgumentException("gemm dimensions must be >= 0, got m = " + m + ", n = " + n
          + ", k = " + k);
    }
    int aRows = transA ? k : m;
    int aCols = transA ? m : k;
    int bRows = transB ? n : k;
    int bCols = transB ? k : n;
    checkOperand("A", a, aOff, aRows, aCols, lda);
    checkOperand("B", b, bOff, bRows, bCols, ldb);
    checkOperand("C", c, cOff, m, n, ldc);
  }

  private static void checkOperand(String name, Buffer x, long off, int rows, int cols, int ld) {
    if (x == null) {
      throw new IllegalArgumentException("gemm operand " + name + " is missing");
    }
    if (off < 0) {
      throw new IllegalArgumentException("gemm offset of " + name + " must be >= 0, got " + off);
    }
    if (ld < Math.max(1, cols)) {
      throw new IllegalArgumentException("gemm leading dimension of " + name + " must be >= "
          + Math.max(1, cols) + ", got " + ld);
    }
    long need = rows == 0 || cols == 0 ? 0 : (long) (rows - 1) * ld + cols;
    if (x.length() - off < need) {
      throw new IllegalArgumentException("gemm operand " + name + " needs " + need
          + " doubles from offset " + off + ", its buffer holds " + x.length());
    }
  }
}
