package org.knotwork.pathways.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.knotwork.common.linalg.DenseBlas;
import org.knotwork.common.linalg.DenseBlases;
import org.knotwork.pathways.data.IoData;

/**
 * Loss, back-propagation and full-batch gradient steps for one architecture and one data set
 * (notes &sect;2.1 and &sect;4).
 *
 * <p>Usage: {@link #forward(Network, LossConvention)} evaluates the network on the whole batch and
 * returns the loss; then either {@link #step(double)} applies one gradient-descent step to the same
 * network (fused: the input gradient of each layer is accumulated with the old weights in the same
 * pass that updates them) or {@link #gradient()} returns &part;L/&part;W without changing anything.
 * For a pathway with layers W<sub>1</sub>..W<sub>D</sub>, pre-activations a<sub>l</sub> =
 * W<sub>l</sub>h<sub>l&minus;1</sub>, h<sub>l</sub> = &phi;(a<sub>l</sub>) (or a<sub>l</sub> where no
 * activation applies), &delta;<sub>l</sub> = &phi;'(a<sub>l</sub>) &odot; &part;L/&part;h<sub>l</sub>,
 * &part;L/&part;W<sub>l</sub> = &delta;<sub>l</sub> h<sub>l&minus;1</sub><sup>T</sup> and
 * &part;L/&part;h<sub>l&minus;1</sub> = W<sub>l</sub><sup>T</sup>&delta;<sub>l</sub>; every pathway's
 * readout receives the same &part;L/&part;&ycirc; (outputs are summed).
 *
 * <p>With {@code threads > 1} each layer's rows (forward) or columns (backward) are split across a
 * private fork-join pool; every number is still computed in the same order, so results are
 * bit-identical for any thread count. Close the engine to release the pool.
 *
 * <p><b>Dense products by a {@link DenseBlas}</b> (opt-in: {@link #NetworkEngine(Architecture,
 * IoData, int, DenseBlas)} with a provider, or {@link #create} with the system property
 * {@value DenseBlases#PROPERTY} naming one): every layer's products are then three {@code gemm}
 * calls (docs/deep-linear.md &sect;4.1): A<sub>l</sub> = H<sub>l&minus;1</sub>W<sub>l</sub><sup>T</sup>,
 * &part;L/&part;H<sub>l&minus;1</sub> = &Delta;<sub>l</sub>W<sub>l</sub> (old weights) and
 * W<sub>l</sub> &larr; W<sub>l</sub> &minus; lr &Delta;<sub>l</sub><sup>T</sup>H<sub>l&minus;1</sub>, on
 * weights kept resident in the provider's storage: uploaded when the network changed outside the
 * engine, copied back into the network's arrays only when something reads or changes them (any
 * {@link Network} accessor) or when the engine is closed, so a run of steps moves no weights between
 * the heap and the provider. Each product is cut into fixed blocks of 128 rows (or columns) of
 * W_l, one provider call per block, and the threads share out whole blocks: the calls are the same
 * at any thread count, so the bytes are too (for a provider whose calls are deterministic, as
 * OpenBLAS pinned to its own thread count is). The bits are the provider's (docs/linalg.md, "Dense
 * products"), not those of the built-in kernels.
 */
public final class NetworkEngine implements AutoCloseable {
  private static final long PARALLEL_WORK = 1L << 17;

  private final Architecture arch;
  private final int threads;
  private final ForkJoinPool pool;
  private final Workspace train;
  private final double[] y;
  private final boolean identityInput;
  private Workspace identity;
  private final Blas blas;

  private Network lastNet;
  private long lastVersion;
  private LossConvention lastConvention;
  private boolean stateValid;

  /**
   * @param architecture the network shape
   * @param data the training batch (its dimensions must match the architecture)
   * @param threads worker threads, &ge; 1
   */
  public NetworkEngine(Architecture architecture, IoData data, int threads) {
    this(architecture, data, threads, null);
  }

  /**
   * An engine whose dense products run on a {@link DenseBlas} provider (null: the built-in kernels,
   * as {@link #NetworkEngine(Architecture, IoData, int)}).
   *
   * @param architecture the network shape
   * @param data the training batch (its dimensions must match the architecture)
   * @param threads worker threads of the built-in kernels, &ge; 1
   * @param dense the provider of the products, or null
   */
  public NetworkEngine(Architecture architecture, IoData data, int threads, DenseBlas dense) {
    if (architecture == null) {
      throw new IllegalArgumentException("architecture is missing");
    }
    if (data == null) {
      throw new IllegalArgumentException("data is missing");
    }
    if (data.inputs() != architecture.inputs()) {
      throw new IllegalArgumentException("data has " + data.inputs()
          + " inputs but the architecture expects " + architecture.inputs());
    }
    if (data.outputs() != architecture.outputs()) {
      throw new IllegalArgumentException("data has " + data.outputs()
          + " outputs but the architecture expects " + architecture.outputs());
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.arch = architecture;
    this.threads = threads;
    this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    this.train = new Workspace(architecture, data.inputsRowMajor(), data.items());
    this.y = data.targetsRowMajor();
    this.identityInput = data.isIdentityInput();
    this.blas = dense == null ? null
        : new Blas(dense, architecture, Math.max(data.items(), architecture.inputs()));
  }

  /**
   * The engine the trainers use: the built-in kernels unless the system property
   * {@value DenseBlases#PROPERTY} names another provider than {@code java} ({@code auto}: the first
   * native provider that loads).
   */
  public static NetworkEngine create(Architecture architecture, IoData data, int threads) {
    DenseBlas dense = DenseBlases.selected();
    return new NetworkEngine(architecture, data, threads,
        dense == DenseBlases.java() ? null : dense);
  }

  /** The provider of the dense products, or {@code "kernels"} for the built-in kernels. */
  public String denseProducts() {
    return blas == null ? "kernels" : blas.dense.name();
  }

  /** The architecture this engine serves. */
  public Architecture architecture() {
    return arch;
  }

  /**
   * Evaluates the network on the training batch and returns the loss in the given convention; keeps
   * the activations for a following {@link #step(double)} or {@link #gradient()}.
   */
  public double forward(Network net, LossConvention convention) {
    checkNet(net);
    if (convention == null) {
      throw new IllegalArgumentException("convention is missing (SUM or HALF_SUM)");
    }
    forward(net, train);
    double ss = 0;
    double gf = convention.gradientFactor();
    double[] out = train.out;
    double[] dOut = train.dOut;
    for (int i = 0; i < out.length; i++) {
      double r = out[i] - y[i];
      ss += r * r;
      dOut[i] = gf * r;
    }
    lastNet = net;
    lastVersion = net.version();
    lastConvention = convention;
    stateValid = true;
    return convention.lossFactor() * ss;
  }

  /**
   * One full-batch gradient-descent step W &larr; W &minus; lr &part;L/&part;W on the network of the
   * last {@link #forward}, in that forward's loss convention. Invalidates the forward state.
   *
   * @param lr learning rate, positive and finite
   */
  public void step(double lr) {
    if (!(lr > 0) || !Double.isFinite(lr)) {
      throw new IllegalArgumentException("lr must be positive and finite, got " + lr);
    }
    requireState();
    for (int j = 0; j < arch.pathwayCount(); j++) {
      backward(lastNet, train, j, null, -lr);
    }
    lastNet.touch();
    if (blas != null) {
      // the new weights live in the provider's buffers; the network's arrays get them back when
      // anything reads or changes them (Network.flush), or when this engine is closed
      lastNet.deferSync(blas.syncTask);
      blas.syncedVersion = lastNet.version();
    }
    stateValid = false;
  }

  /**
   * &part;L/&part;W at the network of the last {@link #forward}: [pathway][layer] row-major arrays.
   * Leaves the network and the forward state unchanged.
   */
  public double[][][] gradient() {
    requireState();
    int jn = arch.pathwayCount();
    double[][][] g = new double[jn][][];
    for (int j = 0; j < jn; j++) {
      int d = arch.depth(j);
      g[j] = new double[d][];
      for (int l = 0; l < d; l++) {
        g[j][l] = new double[arch.layerRows(j, l) * arch.layerCols(j, l)];
      }
      backward(lastNet, train, j, g[j], 1.0);
    }
    return g;
  }

  /** The network output on the training batch at the last forward: P &times; n<sub>out</sub>. */
  public double[] output() {
    requireState();
    return train.out.clone();
  }

  /** The loss convention of the last forward. */
  public LossConvention lastConvention() {
    requireState();
    return lastConvention;
  }

  /**
   * The pathway maps &Omega;<sub>j</sub>: column i is pathway j's output on the unit input
   * e<sub>i</sub> (n<sub>out</sub> &times; n<sub>in</sub>, row-major), as the authors' code reads them
   * out. For linear pathways &Omega;<sub>j</sub> = W<sup>j</sup><sub>D</sub>...W<sup>j</sup><sub>1</sub>.
   * Reuses the last forward when the data's inputs are the identity and the network is unchanged.
   */
  public double[][] pathwayMaps(Network net) {
    checkNet(net);
    Workspace ws;
    if (identityInput && stateValid && lastNet == net && lastVersion == net.version()) {
      ws = train;
    } else {
      if (identity == null) {
        int n = arch.inputs();
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) {
          eye[i * n + i] = 1;
        }
        identity = new Workspace(arch, eye, n);
      }
      forward(net, identity);
      ws = identity;
    }
    int nIn = arch.inputs();
    int nOut = arch.outputs();
    double[][] maps = new double[arch.pathwayCount()][nOut * nIn];
    for (int j = 0; j < maps.length; j++) {
      double[] h = ws.post[j][arch.depth(j) - 1];
      for (int i = 0; i < nIn; i++) {
        for (int o = 0; o < nOut; o++) {
          maps[j][o * nIn + i] = h[i * nOut + o];
        }
      }
    }
    return maps;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
    if (blas != null) {
      if (blas.synced != null) {
        blas.synced.flush();
      }
      blas.close();
    }
  }

  private void checkNet(Network net) {
    if (net == null) {
      throw new IllegalArgumentException("network is missing");
    }
    if (!net.architecture().equals(arch)) {
      throw new IllegalArgumentException("network architecture differs from the engine's");
    }
  }

  private void requireState() {
    if (!stateValid || lastNet.version() != lastVersion) {
      throw new IllegalStateException("call forward(network, convention) first (the network "
          + "changed since the last forward, or no forward was run)");
    }
  }

  private void forward(Network net, Workspace ws) {
    int items = ws.items;
    java.util.Arrays.fill(ws.out, 0);
    if (blas != null) {
      blas.upload(net);
    }
    for (int j = 0; j < arch.pathwayCount(); j++) {
      double[] h = ws.x;
      int d = arch.depth(j);
      for (int l = 0; l < d; l++) {
        // the built-in kernels read the network's arrays; a provider its own copy of them
        double[] w = blas == null ? net.raw(j, l) : null;
        int rows = arch.layerRows(j, l);
        int cols = arch.layerCols(j, l);
        double[] a = ws.pre[j][l];
        double[] hin = h;
        if (blas != null) {
          blas.forward(j, l, rows, cols, hin, items, a);
        } else {
          parallel(rows, 1, (long) rows * cols * items,
              (i0, i1) -> Kernels.forward(w, rows, cols, hin, items, a, i0, i1));
        }
        double[] post = ws.post[j][l];
        if (post != a) {
          for (int i = 0; i < a.length; i++) {
            post[i] = arch.activation().apply(a[i]);
          }
        }
        h = post;
      }
      double[] out = ws.out;
      for (int i = 0; i < out.length; i++) {
        out[i] += h[i];
      }
    }
  }

  /** Back-propagates through pathway j; t == null updates the weights with coef = -lr. */
  private void backward(Network net, Workspace ws, int j, double[][] t, double coef) {
    int items = ws.items;
    int d = arch.depth(j);
    double[] g = ws.dOut;
    for (int l = d - 1; l >= 0; l--) {
      double[] delta;
      if (arch.activated(j, l)) {
        delta = ws.delta[j][l];
        double[] a = ws.pre[j][l];
        double[] h = ws.post[j][l];
        for (int i = 0; i < delta.length; i++) {
          delta[i] = g[i] * arch.activation().derivative(a[i], h[i]);
        }
      } else {
        delta = g;
      }
      double[] w = blas == null ? net.raw(j, l) : null;
      int rows = arch.layerRows(j, l);
      int cols = arch.layerCols(j, l);
      double[] hin = l == 0 ? ws.x : ws.post[j][l - 1];
      double[] target = t == null ? w : t[l];
      long work = 2L * rows * cols * items;
      double[] dd = delta;
      if (blas != null) {
        double[] dh = l > 0 ? ws.grad[j][l - 1] : null;
        blas.backward(j, l, rows, cols, dd, hin, items, dh, t == null ? null : t[l], coef);
        g = dh;
      } else if (l > 0) {
        double[] dh = ws.grad[j][l - 1];
        java.util.Arrays.fill(dh, 0);
        parallel(cols, 8, work, (k0, k1) -> Kernels.backward(w, rows, cols, dd, hin, items, dh,
            target, coef, 0, rows, k0, k1));
        g = dh;
      } else {
        parallel(rows, 1, work, (i0, i1) -> Kernels.backward(w, rows, cols, dd, hin, items, null,
            target, coef, i0, i1, 0, cols));
      }
    }
  }

  @FunctionalInterface
  private interface Range {
    void run(int from, int to);
  }

  /** Runs task over [0, n) split into contiguous chunks whose boundaries are multiples of align. */
  private void parallel(int n, int align, long work, Range task) {
    int chunks = Math.min(threads, n / align);
    if (pool == null || chunks < 2 || work < PARALLEL_WORK) {
      task.run(0, n);
      return;
    }
    int[] bounds = new int[chunks + 1];
    for (int c = 1; c < chunks; c++) {
      bounds[c] = (int) ((long) n * c / chunks) / align * align;
    }
    bounds[chunks] = n;
    ForkJoinTask<?>[] futures = new ForkJoinTask<?>[chunks - 1];
    for (int c = 1; c < chunks; c++) {
      int lo = bounds[c];
      int hi = bounds[c + 1];
      futures[c - 1] = pool.submit(() -> task.run(lo, hi));
    }
    task.run(bounds[0], bounds[1]);
    for (ForkJoinTask<?> f : futures) {
      f.join();
    }
  }

  /**
   * Resident weights and scratch buffers of a {@link DenseBlas} provider. Every product is cut into
   * the same blocks of {@value #BLOCK} rows (or columns) of W whatever the thread count, one
   * {@code gemm} call per block; threads only share out whole blocks, so the calls, and with them the
   * bits, are the same at any thread count.
   */
  private final class Blas implements AutoCloseable {
    static final int BLOCK = 128;

    final DenseBlas dense;
    final DenseBlas.Buffer[][] w;
    final DenseBlas.Buffer in;
    final DenseBlas.Buffer out;
    final DenseBlas.Buffer delta;
    DenseBlas.Buffer gradient;
    Network synced;
    long syncedVersion;
    Runnable syncTask;

    Blas(DenseBlas dense, Architecture arch, int maxItems) {
      this.dense = dense;
      int jn = arch.pathwayCount();
      int widest = Math.max(arch.inputs(), arch.outputs());
      w = new DenseBlas.Buffer[jn][];
      for (int j = 0; j < jn; j++) {
        int d = arch.depth(j);
        w[j] = new DenseBlas.Buffer[d];
        for (int l = 0; l < d; l++) {
          w[j][l] = dense.allocate((long) arch.layerRows(j, l) * arch.layerCols(j, l));
          widest = Math.max(widest, Math.max(arch.layerRows(j, l), arch.layerCols(j, l)));
        }
      }
      long scratch = (long) maxItems * widest;
      in = dense.allocate(scratch);
      out = dense.allocate(scratch);
      delta = dense.allocate(scratch);
    }

    /** Copies the network's weights into the resident buffers unless they hold them already. */
    void upload(Network net) {
      if (synced == net && syncedVersion == net.version()) {
        return;
      }
      if (synced != null) {
        synced.flush();
      }
      for (int j = 0; j < w.length; j++) {
        for (int l = 0; l < w[j].length; l++) {
          double[] v = net.raw(j, l);
          w[j][l].put(v, 0, 0, v.length);
        }
      }
      synced = net;
      syncedVersion = net.version();
      syncTask = () -> download(net);
    }

    /** Copies the resident weights back into the network's arrays. */
    void download(Network net) {
      for (int j = 0; j < w.length; j++) {
        for (int l = 0; l < w[j].length; l++) {
          double[] v = net.raw(j, l);
          w[j][l].get(0, v, 0, v.length);
        }
      }
    }

    /** a (items x rows) = h (items x cols) W<sup>T</sup>, by blocks of rows of W. */
    void forward(int j, int l, int rows, int cols, double[] h, int items, double[] a) {
      in.put(h, 0, 0, items * cols);
      DenseBlas.Buffer wl = w[j][l];
      blocks(rows, (long) rows * cols * items, i0 -> {
        int b = Math.min(BLOCK, rows - i0);
        dense.gemm(false, true, items, b, cols, 1.0, in, 0, cols, wl, (long) i0 * cols, cols, 0.0,
            out, i0, rows);
      });
      out.get(0, a, 0, items * rows);
    }

    /** Runs block(start) for start = 0, BLOCK, 2 BLOCK, ... below n, shared among the threads. */
    private void blocks(int n, long work, java.util.function.IntConsumer block) {
      parallel(n, BLOCK, work, (from, to) -> {
        for (int s = from; s < to; s += BLOCK) {
          block.accept(s);
        }
      });
    }

    /**
     * dh (items x cols) = delta W (old W) if dh is not null; then W += coef delta<sup>T</sup> h, or
     * t = coef delta<sup>T</sup> h when t is not null (W unchanged).
     */
    void backward(int j, int l, int rows, int cols, double[] deltaValues, double[] h, int items,
        double[] dh, double[] t, double coef) {
      delta.put(deltaValues, 0, 0, items * rows);
      DenseBlas.Buffer wl = w[j][l];
      long work = (long) rows * cols * items;
      if (dh != null) {
        // by blocks of columns of W (of dh)
        blocks(cols, work, k0 -> {
          int b = Math.min(BLOCK, cols - k0);
          dense.gemm(false, false, items, b, rows, 1.0, delta, 0, rows, wl, k0, cols, 0.0, out, k0,
              cols);
        });
        out.get(0, dh, 0, items * cols);
      }
      in.put(h, 0, 0, items * cols);
      if (t == null) {
        // by blocks of rows of W
        blocks(rows, work, i0 -> {
          int b = Math.min(BLOCK, rows - i0);
          dense.gemm(true, false, b, cols, items, coef, delta, i0, rows, in, 0, cols, 1.0, wl,
              (long) i0 * cols, cols);
        });
      } else {
        long size = (long) rows * cols;
        if (gradient == null || gradient.length() < size) {
          if (gradient != null) {
            gradient.close();
          }
          gradient = dense.allocate(size);
        }
        dense.gemm(true, false, rows, cols, items, coef, delta, 0, rows, in, 0, cols, 0.0, gradient,
            0, cols);
        gradient.get(0, t, 0, rows * cols);
      }
    }

    @Override
    public void close() {
      for (DenseBlas.Buffer[] row : w) {
        for (DenseBlas.Buffer b : row) {
          b.close();
        }
      }
      in.close();
      out.close();
      delta.close();
      if (gradient != null) {
        gradient.close();
      }
    }
  }

  /** Activations and gradients for one batch. */
  private static final class Workspace {
    final int items;
    final double[] x;
    final double[][][] pre;
    final double[][][] post;
    final double[][][] delta;
    final double[][][] grad;
    final double[] out;
    final double[] dOut;

    Workspace(Architecture arch, double[] x, int items) {
      this.items = items;
      this.x = x;
      int jn = arch.pathwayCount();
      pre = new double[jn][][];
      post = new double[jn][][];
      delta = new double[jn][][];
      grad = new double[jn][][];
      for (int j = 0; j < jn; j++) {
        int d = arch.depth(j);
        pre[j] = new double[d][];
        post[j] = new double[d][];
        delta[j] = new double[d][];
        grad[j] = new double[d][];
        for (int l = 0; l < d; l++) {
          int size = items * arch.layerRows(j, l);
          pre[j][l] = new double[size];
          boolean act = arch.activated(j, l);
          post[j][l] = act ? new double[size] : pre[j][l];
          delta[j][l] = act ? new double[size] : null;
          grad[j][l] = l < d - 1 ? new double[size] : null;
        }
      }
      out = new double[items * arch.outputs()];
      dOut = new double[items * arch.outputs()];
    }
  }
}
