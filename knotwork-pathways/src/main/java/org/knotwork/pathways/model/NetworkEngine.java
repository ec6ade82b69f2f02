package org.knotwork.pathways.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
    for (int j = 0; j < arch.pathwayCount(); j++) {
      double[] h = ws.x;
      int d = arch.depth(j);
      for (int l = 0; l < d; l++) {
        double[] w = net.raw(j, l);
        int rows = arch.layerRows(j, l);
        int cols = arch.layerCols(j, l);
        double[] a = ws.pre[j][l];
        double[] hin = h;
        parallel(rows, 1, (long) rows * cols * items,
            (i0, i1) -> Kernels.forward(w, rows, cols, hin, items, a, i0, i1));
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
      double[] w = net.raw(j, l);
      int rows = arch.layerRows(j, l);
      int cols = arch.layerCols(j, l);
      double[] hin = l == 0 ? ws.x : ws.post[j][l - 1];
      double[] target = t == null ? w : t[l];
      long work = 2L * rows * cols * items;
      double[] dd = delta;
      if (l > 0) {
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
