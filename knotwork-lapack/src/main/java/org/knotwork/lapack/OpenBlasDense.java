package org.knotwork.lapack;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.knotwork.common.linalg.DenseBlas;

/**
 * The native {@link DenseBlas}: OpenBLAS's {@code cblas_dgemm} on off-heap {@link DoublePointer}
 * buffers, through the JavaCPP presets that {@link LapackEigenBackend} uses (docs/linalg.md
 * &sect;7, (LB1)). Buffers live outside the Java heap, so a resident operand costs no copy per call.
 *
 * <p><b>Threads and bits.</b> Every call first pins OpenBLAS to the thread count of
 * {@link LapackEigenBackend#threads()} (one unless {@value LapackEigenBackend#THREADS_PROPERTY}
 * says otherwise), so results are the same bytes for a given OpenBLAS build, CPU kernel and that
 * count, whatever the caller's own threads (LB2); they differ from {@code JavaDenseBlas}'s bits
 * (other summation order, fused multiply-adds).
 */
public final class OpenBlasDense implements DenseBlas {

  /** The public no-argument constructor that {@link java.util.ServiceLoader} needs; loads nothing. */
  public OpenBlasDense() {
  }

  @Override
  public String name() {
    return "openblas";
  }

  @Override
  public boolean available() {
    return Native.ERROR.isEmpty();
  }

  @Override
  public String unavailableReason() {
    return Native.ERROR;
  }

  @Override
  public Buffer allocate(long length) {
    if (length < 0) {
      throw new IllegalArgumentException("buffer length must be >= 0, got " + length);
    }
    requireNative();
    DoublePointer p = new DoublePointer(Math.max(1, length));
    p.fill(0);
    return new NativeBuffer(p, length);
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Buffer a,
      long aOff, int lda, Buffer b, long bOff, int ldb, double beta, Buffer c, long cOff, int ldc) {
    DenseBlas.checkGemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
    // views at the offsets: the buffers' own pointers keep position 0 (calls from several threads)
    DoublePointer ap = new DoublePointer(pointer(a)).position(aOff);
    DoublePointer bp = new DoublePointer(pointer(b)).position(bOff);
    DoublePointer cp = new DoublePointer(pointer(c)).position(cOff);
    if (m == 0 || n == 0) {
      return;
    }
    LapackEigenBackend.pin();
    openblas.cblas_dgemm(LapackEigenBackend.ROW_MAJOR,
        transA ? LapackEigenBackend.TRANS : LapackEigenBackend.NO_TRANS,
        transB ? LapackEigenBackend.TRANS : LapackEigenBackend.NO_TRANS, m, n, k,
        alpha, ap, lda, bp, ldb, beta, cp, ldc);
  }

  private static DoublePointer pointer(Buffer b) {
    if (!(b instanceof NativeBuffer)) {
      throw new IllegalArgumentException("gemm operand belongs to another provider: "
          + b.getClass().getName());
    }
    NativeBuffer nb = (NativeBuffer) b;
    if (nb.pointer.isNull()) {
      throw new IllegalStateException("gemm operand was closed");
    }
    return nb.pointer;
  }

  private static void requireNative() {
    if (!Native.ERROR.isEmpty()) {
      throw new IllegalStateException("native OpenBLAS is not available: " + Native.ERROR);
    }
  }

  /** Off-heap doubles. */
  private static final class NativeBuffer implements Buffer {
    final DoublePointer pointer;
    final long length;

    NativeBuffer(DoublePointer pointer, long length) {
      this.pointer = pointer;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public void put(double[] src, int from, long at, int count) {
      check(at, count, from, src.length);
      new DoublePointer(pointer).position(at).put(src, from, count);
    }

    @Override
    public void get(long at, double[] dst, int to, int count) {
      check(at, count, to, dst.length);
      new DoublePointer(pointer).position(at).get(dst, to, count);
    }

    private void check(long at, int count, int offset, int arrayLength) {
      if (pointer.isNull()) {
        throw new IllegalStateException("buffer was closed");
      }
      if (at < 0 || count < 0 || at + count > length || offset < 0
          || offset + count > arrayLength) {
        throw new IndexOutOfBoundsException("copy of " + count + " doubles at " + at
            + " (buffer of " + length + ") from/to array offset " + offset + " (array of "
            + arrayLength + ")");
      }
    }

    @Override
    public void close() {
      pointer.close();
    }
  }

  /** Loads the native libraries once; ERROR is empty when they loaded. */
  private static final class Native {
    static final String ERROR = load();

    private static String load() {
      try {
        Loader.load(openblas.class);
        return "";
      } catch (Throwable t) {
        return t.toString();
      }
    }
  }
}
