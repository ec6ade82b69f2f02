package org.knotwork.io.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.Npz;
import org.knotwork.common.run.Manifest;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.io.NetJson;
import org.knotwork.io.run.RunFiles;
import org.knotwork.io.run.RunRecorder;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;

/**
 * The files of a spline-lens training run that the {@link RunRecorder} does not stream: written after
 * training, each atomically, into a run directory whose spec and manifest the common run directory
 * ({@code org.knotwork.common.run.RunDirectory}) writes.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><th>file</th><th>content</th></tr>
 *   <tr><td>{@code data.csv}, {@code init.json}, {@code metrics.csv}, {@code snapshots.csv},
 *       {@code snapshot_neurons.csv}, {@code events.csv}, {@code net.json}, {@code result.json}</td>
 *       <td>the recorder's files: the data the run used (header {@code x,y}), the initial network,
 *       metrics rows, snapshots in both coordinate systems (long format), flow events, the final
 *       network, the stop reason</td></tr>
 *   <tr><td>{@code spline.json}</td><td>the final network's spline form</td></tr>
 *   <tr><td>{@code snapshots.npz}</td><td>the snapshots as arrays: {@code step} (K, int64),
 *       {@code time}, {@code loss}, {@code gradient_norm} (K), {@code theta} (K&times;P, training
 *       coordinates), {@code w}, {@code b}, {@code v} (K&times;H), {@code c} (K), {@code beta},
 *       {@code mu} (K&times;H; NaN and 0 for a neuron without knot), {@code orientation} (K&times;H,
 *       int64)</td></tr>
 *   <tr><td>{@code hessian.npy}</td><td>the exact final Hessian in the training coordinates (only if
 *       recorded)</td></tr>
 *   <tr><td>{@code final.json}</td><td>the final metrics, including the regime order parameters
 *       ({@link org.knotwork.experiment.RunMetrics#columns()}, NaN as null), and the message</td></tr>
 * </table>
 */
public final class ExperimentFiles {
  /** The final network's spline form. */
  public static final String SPLINE = "spline.json";
  /** The snapshots as NumPy arrays. */
  public static final String ARRAYS = "snapshots.npz";
  /** The final Hessian (optional). */
  public static final String HESSIAN = "hessian.npy";
  /** The final metrics. */
  public static final String FINAL = "final.json";

  /** Every file of a spline run directory besides the spec and manifest, in a fixed order. */
  public static final List<String> FILES = List.of(RunFiles.DATA, RunFiles.INIT,
      RunFiles.METRICS, RunFiles.SNAPSHOTS, RunFiles.SNAPSHOT_NEURONS, RunFiles.EVENTS,
      RunFiles.NET, RunFiles.RESULT, SPLINE, ARRAYS, HESSIAN, FINAL);

  private ExperimentFiles() {}

  /**
   * Writes the files that follow training: spline form, arrays, Hessian (or removes a stale one),
   * final metrics.
   */
  public static void write(Path dir, ExperimentResult r) {
    AtomicFiles.writeString(dir.resolve(SPLINE),
        Json.write(NetJson.splineMap(r.finalNetwork().toSpline())) + "\n");
    Npz.write(dir.resolve(ARRAYS), snapshotArrays(r.problem(), r.snapshots()));
    try {
      Files.deleteIfExists(dir.resolve(HESSIAN));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + dir.resolve(HESSIAN), e);
    }
    if (r.hessian() != null) {
      Npy.write(dir.resolve(HESSIAN), NpyArray.matrix(r.hessian()));
    }
    ObjectNode fin = Manifest.metricsTree(r.metrics().columns());
    fin.put("message", r.metrics().message());
    AtomicFiles.writeString(dir.resolve(FINAL), Json.pretty(fin));
  }

  /** The snapshot arrays of {@link #ARRAYS}. */
  static Map<String, NpyArray> snapshotArrays(ShallowProblem problem, List<Snapshot> snaps) {
    int k = snaps.size();
    int h = problem.width();
    int p = problem.objective().dimension();
    long[] step = new long[k];
    double[] time = new double[k];
    double[] loss = new double[k];
    double[] grad = new double[k];
    double[] theta = new double[k * p];
    double[] w = new double[k * h];
    double[] b = new double[k * h];
    double[] v = new double[k * h];
    double[] c = new double[k];
    double[] beta = new double[k * h];
    double[] mu = new double[k * h];
    long[] s = new long[k * h];
    for (int t = 0; t < k; t++) {
      Snapshot sn = snaps.get(t);
      step[t] = sn.step();
      time[t] = sn.time();
      loss[t] = sn.loss();
      grad[t] = sn.gradientNorm();
      double[] th = sn.theta();
      System.arraycopy(th, 0, theta, t * p, p);
      NetworkParams net = problem.network(th);
      SplineParams sp = problem.spline(th);
      System.arraycopy(net.w(), 0, w, t * h, h);
      System.arraycopy(net.b(), 0, b, t * h, h);
      System.arraycopy(net.v(), 0, v, t * h, h);
      c[t] = net.c();
      System.arraycopy(sp.beta(), 0, beta, t * h, h);
      System.arraycopy(sp.mu(), 0, mu, t * h, h);
      int[] o = sp.orientation();
      for (int i = 0; i < h; i++) {
        s[t * h + i] = o[i];
      }
    }
    Map<String, NpyArray> m = new LinkedHashMap<>();
    m.put("step", NpyArray.ofLongs(step));
    m.put("time", NpyArray.of(time));
    m.put("loss", NpyArray.of(loss));
    m.put("gradient_norm", NpyArray.of(grad));
    m.put("theta", NpyArray.of(new int[] {k, p}, theta));
    m.put("w", NpyArray.of(new int[] {k, h}, w));
    m.put("b", NpyArray.of(new int[] {k, h}, b));
    m.put("v", NpyArray.of(new int[] {k, h}, v));
    m.put("c", NpyArray.of(c));
    m.put("beta", NpyArray.of(new int[] {k, h}, beta));
    m.put("mu", NpyArray.of(new int[] {k, h}, mu));
    m.put("orientation", NpyArray.ofLongs(new int[] {k, h}, s));
    return m;
  }
}
