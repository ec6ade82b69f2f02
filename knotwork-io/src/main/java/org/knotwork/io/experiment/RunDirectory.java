package org.knotwork.io.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.Npz;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentRunner;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.io.run.RunFiles;
import org.knotwork.io.run.RunRecorder;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;

/**
 * A run directory: everything one experiment produced, in files Python loads in one line. The
 * training streams are written by {@link RunRecorder} (the train command's recorder, formats in
 * {@code org.knotwork.io.run}); this class adds the experiment's inputs, NumPy arrays, final metrics
 * and the manifest.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><th>file</th><th>content</th></tr>
 *   <tr><td>{@code spec.json}</td><td>the canonical spec ({@link SpecCodec})</td></tr>
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
 *       ({@link org.knotwork.experiment.RunMetrics#columns()}, NaN as null)</td></tr>
 *   <tr><td>{@code manifest.json}</td><td>Knotwork version, git commit, JVM, operating system, start
 *       time, wall time, seed, final metrics, and the SHA-256 of every other file</td></tr>
 * </table>
 *
 * <p>Every file except {@code manifest.json} is a pure function of spec, data and Knotwork version:
 * these are the <em>reproducible</em> files that {@link #compare} checks byte for byte. The manifest
 * is written last and atomically, so a run is <em>finished</em> exactly when its manifest exists. A
 * directory left by a killed run (no manifest) is simply run again.
 */
public final class RunDirectory {
  /** The spec. */
  public static final String SPEC = "spec.json";
  /** The final network's spline form. */
  public static final String SPLINE = "spline.json";
  /** The snapshots as NumPy arrays. */
  public static final String ARRAYS = "snapshots.npz";
  /** The final Hessian (optional). */
  public static final String HESSIAN = "hessian.npy";
  /** The final metrics. */
  public static final String FINAL = "final.json";
  /** The manifest (not reproducible: it holds the wall time). */
  public static final String MANIFEST = "manifest.json";

  /** The reproducible files, in a fixed order. */
  public static final List<String> REPRODUCIBLE = List.of(SPEC, RunFiles.DATA, RunFiles.INIT,
      RunFiles.METRICS,
      RunFiles.SNAPSHOTS, RunFiles.SNAPSHOT_NEURONS, RunFiles.EVENTS, RunFiles.NET,
      RunFiles.RESULT, SPLINE, ARRAYS, HESSIAN, FINAL);

  private RunDirectory() {}

  /**
   * Runs {@code spec} on {@code data}, recording the training streams with a {@link RunRecorder},
   * timing it, and writes the rest of the run directory, the manifest last.
   *
   * @throws InputException if {@code dir} already holds a finished run
   */
  public static ExperimentResult runAndWrite(ExperimentSpec spec, Dataset data, Path dir) {
    refuseFinished(dir);
    String fingerprint = fingerprint(spec, data);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ExperimentResult r = ExperimentRunner.run(spec, data,
        problem -> RunRecorder.open(dir, problem, fingerprint));
    double wall = (System.nanoTime() - t0) / 1e9;
    write(dir, r, started, wall);
    return r;
  }

  /** SHA-256 of the spec's canonical JSON and the data's CSV: identifies a run's inputs. */
  public static String fingerprint(ExperimentSpec spec, Dataset data) {
    return Digests.sha256(SpecCodec.toJson(spec), DataCsv.toCsv(data));
  }

  /** Fails if {@code dir} already holds a finished run. */
  public static void refuseFinished(Path dir) {
    if (isFinished(dir)) {
      throw new InputException("run directory " + dir + " already holds a finished run ("
          + MANIFEST + "); choose another directory");
    }
  }

  /** Whether {@code dir} holds a finished run (its manifest exists). */
  public static boolean isFinished(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /**
   * Writes the experiment's files of a run directory whose training streams the {@link RunRecorder}
   * has already completed: inputs, spline form, arrays, Hessian, final metrics, then the manifest.
   * Files of an unfinished earlier attempt in the same directory are replaced.
   *
   * @param started when the run started (manifest only)
   * @param wallSeconds how long it took (manifest only)
   */
  static void write(Path dir, ExperimentResult r, Instant started, double wallSeconds) {
    refuseFinished(dir);
    ExperimentSpec spec = r.spec();
    AtomicFiles.writeString(dir.resolve(SPEC), SpecCodec.toJson(spec));
    AtomicFiles.writeString(dir.resolve(SPLINE),
        Json.write(NetJson.splineMap(r.finalNetwork().toSpline())) + "\n");
    Npz.write(dir.resolve(ARRAYS), snapshotArrays(r.problem(), r.snapshots()));
    try {
      Files.deleteIfExists(dir.resolve(HESSIAN));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot replace " + dir.resolve(HESSIAN), e);
    }
    if (r.hessian() != null) {
      Npy.write(dir.resolve(HESSIAN), NpyArray.matrix(r.hessian()));
    }
    ObjectNode fin = metricsNode(r.metrics().columns());
    fin.put("message", r.metrics().message());
    AtomicFiles.writeString(dir.resolve(FINAL), pretty(fin));
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    ObjectNode kw = m.putObject("knotwork");
    kw.put("version", BuildInfo.version());
    kw.put("commit", BuildInfo.gitCommit());
    m.put("jvm", BuildInfo.jvm());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("started", started.toString());
    m.put("wallSeconds", wallSeconds);
    m.put("seed", spec.seed());
    m.set("metrics", metricsNode(r.metrics().columns()));
    ObjectNode files = m.putObject("sha256");
    digests(dir).forEach(files::put);
    AtomicFiles.writeString(dir.resolve(MANIFEST), pretty(m));
  }

  /** SHA-256 (hex) of every reproducible file present in {@code dir}, in {@link #REPRODUCIBLE} order. */
  public static Map<String, String> digests(Path dir) {
    return Digests.sha256(dir, REPRODUCIBLE);
  }

  /** The manifest of a finished run. */
  public static JsonNode manifest(Path dir) {
    if (!isFinished(dir)) {
      throw new InputException(dir + " is not a finished run directory (no " + MANIFEST + ")");
    }
    return Json.readTree(dir.resolve(MANIFEST), "manifest");
  }

  /** The spec recorded in {@code dir}. */
  public static ExperimentSpec spec(Path dir) {
    return SpecCodec.read(dir.resolve(SPEC));
  }

  /** The data recorded in {@code dir}. */
  public static Dataset data(Path dir) {
    return DataCsv.read(dir.resolve(RunFiles.DATA));
  }

  /**
   * The outcome of a byte-for-byte comparison.
   *
   * @param identical true if every reproducible file of the original has the same SHA-256 in the
   *     reproduction and the reproduction has no extra reproducible file
   * @param files per file: "identical", "differs", "missing" (in the reproduction) or "extra"
   * @param sameBuild whether the two manifests name the same version and commit
   */
  public record Comparison(boolean identical, Map<String, String> files, boolean sameBuild) {}

  /**
   * Compares the reproducible files of {@code reproduction} with the SHA-256 digests recorded in
   * {@code original}'s manifest.
   */
  public static Comparison compare(Path original, Path reproduction) {
    JsonNode recorded = manifest(original).get("sha256");
    if (recorded == null || !recorded.isObject()) {
      throw new InputException(original.resolve(MANIFEST) + " has no sha256 digests");
    }
    Map<String, String> now = digests(reproduction);
    Map<String, String> verdict = new LinkedHashMap<>();
    boolean same = true;
    List<String> names = new ArrayList<>();
    recorded.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      String d = now.get(f);
      String v = d == null ? "missing" : d.equals(recorded.get(f).asText()) ? "identical"
          : "differs";
      same &= v.equals("identical");
      verdict.put(f, v);
    }
    for (String f : now.keySet()) {
      if (!verdict.containsKey(f)) {
        verdict.put(f, "extra");
        same = false;
      }
    }
    JsonNode a = manifest(original).get("knotwork");
    JsonNode b = isFinished(reproduction) ? manifest(reproduction).get("knotwork") : null;
    boolean sameBuild = a != null && b != null && a.equals(b);
    return new Comparison(same, verdict, sameBuild);
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

  /** Metrics columns as a JSON object (NaN and infinities as null, which JSON cannot hold). */
  public static ObjectNode metricsNode(Map<String, Object> columns) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    columns.forEach((k, val) -> {
      if (val instanceof Double d) {
        if (Double.isFinite(d)) {
          o.put(k, d);
        } else {
          o.putNull(k);
        }
      } else if (val instanceof Long l) {
        o.put(k, l);
      } else {
        o.put(k, String.valueOf(val));
      }
    });
    return o;
  }

  static String pretty(JsonNode node) {
    try {
      return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

}
