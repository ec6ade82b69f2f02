package org.knotwork.reservoir.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npz;
import org.knotwork.common.io.NpyArray;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentResult.ModelResult;
import org.knotwork.reservoir.experiment.ExperimentResult.PrecisionRun;
import org.knotwork.reservoir.experiment.ExperimentRunner;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.SeriesData;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.ExampleForecast;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * A reservoir run directory: one experiment's spec, results and manifest, loadable with
 * {@code pandas.read_csv} and {@code numpy.load}.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><th>file</th><th>content</th></tr>
 *   <tr><td>{@code spec.json}</td><td>the canonical spec ({@link SpecJson}); rerun with
 *       {@code knotwork reservoir run --spec DIR/spec.json}</td></tr>
 *   <tr><td>{@code series.csv}</td><td>the raw series, for a bring-your-own-series run only</td></tr>
 *   <tr><td>{@code runs.csv}</td><td>{@code run,model,kind,precision,format,scope}: one row per model
 *       and precision, the row order of the arrays</td></tr>
 *   <tr><td>{@code summary.json}, {@code horizons.csv}, {@code error-curves.csv},
 *       {@code forecasts.csv}, {@code cost.csv}</td><td>{@link ResultFiles} (summary without wall
 *       times)</td></tr>
 *   <tr><td>{@code arrays.npz}</td><td>{@code horizons} (R&times;W, int64), {@code mean_error},
 *       {@code std_error}, {@code median_error} (R&times;L), and when examples are kept
 *       {@code forecast}, {@code truth} (R&times;E&times;L&times;K), {@code example_origin} (E)</td></tr>
 *   <tr><td>{@code manifest.json}</td><td>Knotwork version, git commit, JVM, OS, threads, start and
 *       wall time, seed, every precision with its scope, per-model timings and the SHA-256 of every
 *       other file</td></tr>
 * </table>
 *
 * <p>Every file but the manifest is a pure function of the spec (and series) and the Knotwork version,
 * whatever the thread count. The manifest is written last, so a directory is finished exactly when its
 * manifest exists; a finished directory is never overwritten.
 */
public final class ReservoirRunDirectory {
  /** The spec. */
  public static final String SPEC = "spec.json";
  /** A user series (bring-your-own runs). */
  public static final String SERIES = "series.csv";
  /** Row index of the arrays. */
  public static final String RUNS = "runs.csv";
  /** NumPy arrays. */
  public static final String ARRAYS = "arrays.npz";
  /** The manifest. */
  public static final String MANIFEST = "manifest.json";
  /** Files whose bytes depend only on the spec, in manifest order. */
  public static final List<String> REPRODUCIBLE = List.of(SPEC, SERIES, RUNS, "summary.json",
      "horizons.csv", "error-curves.csv", "forecasts.csv", "cost.csv", ARRAYS);

  private ReservoirRunDirectory() {}

  /** Whether {@code dir} holds a finished run. */
  public static boolean isFinished(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /**
   * Runs {@code spec} on a pool of {@code threads} threads and writes the run directory.
   *
   * @throws InputException if {@code dir} already holds a finished run
   */
  public static ExperimentResult runAndWrite(ExperimentSpec spec, Path dir, int threads,
      Consumer<String> progress) {
    if (threads < 1) {
      throw new InputException("threads must be >= 1, got " + threads);
    }
    refuseFinished(dir);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    ExperimentResult r;
    try {
      r = pool.submit(() -> ExperimentRunner.run(spec, progress)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    write(spec, r, dir, started, (System.nanoTime() - t0) / 1e9, threads);
    return r;
  }

  /** Writes every file of a finished experiment, the manifest last. */
  public static void write(ExperimentSpec spec, ExperimentResult r, Path dir, Instant started,
      double wallSeconds, int threads) {
    refuseFinished(dir);
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve(SERIES));
      String seriesPath = null;
      if (spec.data() instanceof SeriesData s) {
        TimeSeriesCsv.write(s.series(), dir.resolve(SERIES));
        seriesPath = SERIES;
      }
      AtomicFiles.writeString(dir.resolve(SPEC), SpecJson.toJson(spec, seriesPath));
      writeRuns(r, dir.resolve(RUNS));
      ResultFiles.writeSummaryJson(r, dir.resolve("summary.json"), false);
      ResultFiles.writeHorizons(r, dir.resolve("horizons.csv"));
      ResultFiles.writeErrorCurves(r, dir.resolve("error-curves.csv"));
      ResultFiles.writeForecasts(r, dir.resolve("forecasts.csv"));
      ResultFiles.writeCost(r.cost(), dir.resolve("cost.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run directory " + dir + ": " + e.getMessage(),
          e);
    }
    Npz.write(dir.resolve(ARRAYS), arrays(r));
    AtomicFiles.writeString(dir.resolve(MANIFEST),
        pretty(manifest(spec, r, dir, started, wallSeconds, threads)));
  }

  private static void refuseFinished(Path dir) {
    if (isFinished(dir)) {
      throw new InputException("run directory " + dir + " already holds a finished run ("
          + MANIFEST + "); choose another directory");
    }
  }

  private static void writeRuns(ExperimentResult r, Path file) {
    StringBuilder sb = new StringBuilder("run,model,kind,precision,format,scope\n");
    int k = 0;
    for (ModelResult m : r.models()) {
      for (PrecisionRun p : m.runs()) {
        sb.append(k++).append(',').append(m.name()).append(',').append(m.kind()).append(',')
            .append(p.precision().label()).append(',').append(p.precision().format().label())
            .append(',').append(scope(p.precision())).append('\n');
      }
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  /** The scope as stated in every output: {@code none} for binary64. */
  public static String scope(Precision p) {
    return p.format().isExact() ? "none" : p.scope().label();
  }

  private static Map<String, NpyArray> arrays(ExperimentResult r) {
    List<PrecisionRun> runs = r.models().stream().flatMap(m -> m.runs().stream()).toList();
    int rr = runs.size();
    ScoreSummary first = runs.get(0).score();
    int w = first.windows();
    int len = first.length();
    long[] h = new long[rr * w];
    double[] mean = new double[rr * len];
    double[] std = new double[rr * len];
    double[] median = new double[rr * len];
    for (int q = 0; q < rr; q++) {
      ScoreSummary s = runs.get(q).score();
      for (int i = 0; i < w; i++) {
        h[q * w + i] = s.horizons()[i];
      }
      System.arraycopy(s.meanCurve(), 0, mean, q * len, len);
      System.arraycopy(s.stdCurve(), 0, std, q * len, len);
      System.arraycopy(s.medianCurve(), 0, median, q * len, len);
    }
    Map<String, NpyArray> out = new LinkedHashMap<>();
    out.put("horizons", NpyArray.ofLongs(new int[] {rr, w}, h));
    out.put("mean_error", NpyArray.of(new int[] {rr, len}, mean));
    out.put("std_error", NpyArray.of(new int[] {rr, len}, std));
    out.put("median_error", NpyArray.of(new int[] {rr, len}, median));
    List<ExampleForecast> ex0 = runs.get(0).examples();
    int e = ex0.size();
    if (e > 0) {
      int k = r.data().dimension();
      double[] f = new double[rr * e * len * k];
      double[] t = new double[rr * e * len * k];
      int idx = 0;
      for (PrecisionRun p : runs) {
        for (ExampleForecast ex : p.examples()) {
          for (int s = 0; s < len; s++) {
            for (int c = 0; c < k; c++) {
              f[idx] = ex.forecast()[s][c];
              t[idx] = ex.truth()[s][c];
              idx++;
            }
          }
        }
      }
      long[] origins = new long[e];
      for (int q = 0; q < e; q++) {
        origins[q] = ex0.get(q).origin();
      }
      out.put("forecast", NpyArray.of(new int[] {rr, e, len, k}, f));
      out.put("truth", NpyArray.of(new int[] {rr, e, len, k}, t));
      out.put("example_origin", NpyArray.ofLongs(new int[] {e}, origins));
    }
    return out;
  }

  private static ObjectNode manifest(ExperimentSpec spec, ExperimentResult r, Path dir,
      Instant started, double wallSeconds, int threads) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    ObjectNode kw = m.putObject("knotwork");
    kw.put("version", BuildInfo.version());
    kw.put("commit", BuildInfo.gitCommit());
    m.put("jvm", BuildInfo.jvm());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("experiment", spec.name());
    m.put("seed", spec.seed());
    m.put("threads", threads);
    m.put("started", started.toString());
    m.put("wallSeconds", wallSeconds);
    m.put("training", "binary64 (precision applies to inference only)");
    ArrayNode ps = m.putArray("precisions");
    for (Precision p : spec.precisions()) {
      ObjectNode pn = ps.addObject();
      pn.put("label", p.label());
      pn.put("format", p.format().label());
      pn.put("scope", scope(p));
      pn.put("roundsWeights", p.roundsWeights());
      pn.put("roundsInputs", p.roundsInputs());
      pn.put("roundsOperations", p.roundsOperations());
    }
    ObjectNode timing = m.putObject("timings");
    for (ModelResult mr : r.models()) {
      ObjectNode t = timing.putObject(mr.name());
      t.put("trainingSeconds", mr.trainingSeconds());
      ObjectNode runs = t.putObject("scoringSeconds");
      for (PrecisionRun p : mr.runs()) {
        runs.put(p.precision().label(), p.seconds());
      }
    }
    ObjectNode files = m.putObject("sha256");
    digests(dir).forEach(files::put);
    return m;
  }

  /** SHA-256 (hex) of every reproducible file present in {@code dir}. */
  public static Map<String, String> digests(Path dir) {
    return Digests.sha256(dir, REPRODUCIBLE);
  }

  /** The manifest of a finished run. */
  public static JsonNode manifest(Path dir) {
    if (!isFinished(dir)) {
      throw new InputException(dir + " is not a finished reservoir run directory (no " + MANIFEST
          + ")");
    }
    return Json.readTree(dir.resolve(MANIFEST), "manifest");
  }


  private static String pretty(JsonNode n) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the manifest", e);
    }
  }
}
