package org.knotwork.reservoir.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.Npz;
import org.knotwork.reservoir.cost.CostRow;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentResult.DataSummary;
import org.knotwork.reservoir.experiment.ExperimentResult.ModelResult;
import org.knotwork.reservoir.experiment.ExperimentResult.PrecisionRun;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.ExampleForecast;
import org.knotwork.reservoir.scoring.ScoreSummary;
import org.knotwork.reservoir.scoring.TestWindows;

/**
 * Writes an {@link ExperimentResult} into a folder, every file atomically (the result formats of a
 * reservoir run directory, {@link #writeRun}):
 * <ul>
 *   <li>{@code runs.csv}: {@code run,model,kind,precision,format,scope}, one row per model and
 *       precision, the row order of the arrays;</li>
 *   <li>{@code arrays.npz}: the horizons, error curves and kept forecasts as NumPy arrays;</li>
 *   <li>{@code summary.json}: data, scaler, Lyapunov exponent, per model and precision the horizon
 *       statistics in samples, time units and Lyapunov times, training diagnostics, cost table;</li>
 *   <li>{@code horizons.csv}: {@code model,precision,window,origin,horizon_samples,horizon_time,
 *       horizon_lyapunov,censored} (one row per test window: horizon distributions);</li>
 *   <li>{@code error-curves.csv}: {@code model,precision,step,time,mean_error,std_error,median_error,
 *       threshold} (error curves with the threshold);</li>
 *   <li>{@code forecasts.csv}: {@code model,precision,window,origin,step,component,forecast,truth}
 *       (attractor plots of forecast versus truth);</li>
 *   <li>{@code cost.csv}: per model the per-step and training operation counts and ratios to the
 *       baseline.</li>
 * </ul>
 * Non-finite numbers are written as {@code NaN} / {@code Infinity} in CSV and as strings in JSON.
 */
public final class ResultFiles {
  /** File names written by {@link #writeAll}. */
  public static final List<String> FILES = List.of("summary.json", "horizons.csv",
      "error-curves.csv", "forecasts.csv", "cost.csv");
  /** Row index of the arrays. */
  public static final String RUNS = "runs.csv";
  /** NumPy arrays. */
  public static final String ARRAYS = "arrays.npz";
  /** The files of a run directory written by {@link #writeRun}, in order. */
  public static final List<String> RUN_FILES = List.of(RUNS, "summary.json", "horizons.csv",
      "error-curves.csv", "forecasts.csv", "cost.csv", ARRAYS);

  private ResultFiles() {}

  /**
   * Writes the result files of a run directory ({@link #RUN_FILES}), each atomically: {@code
   * runs.csv}, the files of {@link #FILES} (the summary without wall-clock times, so that every file
   * is a pure function of the spec and its input) and {@code arrays.npz} ({@code horizons} (R&times;W,
   * int64), {@code mean_error}, {@code std_error}, {@code median_error} (R&times;L), and when examples
   * are kept {@code forecast}, {@code truth} (R&times;E&times;L&times;K), {@code example_origin} (E)).
   */
  public static void writeRun(ExperimentResult r, Path dir) {
    try {
      Files.createDirectories(dir);
      writeRuns(r, dir.resolve(RUNS));
      writeSummaryJson(r, dir.resolve("summary.json"), false);
      writeHorizons(r, dir.resolve("horizons.csv"));
      writeErrorCurves(r, dir.resolve("error-curves.csv"));
      writeForecasts(r, dir.resolve("forecasts.csv"));
      writeCost(r.cost(), dir.resolve("cost.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results into " + dir + ": "
          + e.getMessage(), e);
    }
    writeArrays(r, dir.resolve(ARRAYS));
  }

  /** {@code runs.csv}: the row order of the arrays. */
  public static void writeRuns(ExperimentResult r, Path file) {
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

  /** {@code arrays.npz}. */
  public static void writeArrays(ExperimentResult r, Path file) {
    Npz.write(file, arrays(r));
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


  /** Writes every file of {@link #FILES} into {@code dir} (created if missing). */
  public static void writeAll(ExperimentResult result, Path dir) throws IOException {
    if (result == null || dir == null) {
      throw new IllegalArgumentException("result and dir are required");
    }
    writeSummaryJson(result, dir.resolve("summary.json"));
    writeHorizons(result, dir.resolve("horizons.csv"));
    writeErrorCurves(result, dir.resolve("error-curves.csv"));
    writeForecasts(result, dir.resolve("forecasts.csv"));
    writeCost(result.cost(), dir.resolve("cost.csv"));
  }

  /** {@code horizons.csv}. */
  public static void writeHorizons(ExperimentResult result, Path file) throws IOException {
    DataSummary d = result.data();
    AtomicFiles.writeText(file, w -> {
      w.write("model,precision,window,origin,horizon_samples,horizon_time,horizon_lyapunov,censored\n");
      for (ModelResult m : result.models()) {
        for (PrecisionRun r : m.runs()) {
          ScoreSummary s = r.score();
          for (int q = 0; q < s.windows(); q++) {
            int h = s.horizons()[q];
            line(w, m.name(), r.precision().label(), q, s.origins()[q], h, d.toTime(h),
                d.toLyapunovTimes(h), h == s.length());
          }
        }
      }
    });
  }

  /** {@code error-curves.csv}. */
  public static void writeErrorCurves(ExperimentResult result, Path file) throws IOException {
    DataSummary d = result.data();
    AtomicFiles.writeText(file, w -> {
      w.write("model,precision,step,time,mean_error,std_error,median_error,threshold\n");
      for (ModelResult m : result.models()) {
        for (PrecisionRun r : m.runs()) {
          ScoreSummary s = r.score();
          for (int t = 0; t < s.length(); t++) {
            line(w, m.name(), r.precision().label(), t + 1, d.toTime(t + 1), s.meanCurve()[t],
                s.stdCurve()[t], s.medianCurve()[t], s.threshold());
          }
        }
      }
    });
  }

  /** {@code forecasts.csv} (long format). */
  public static void writeForecasts(ExperimentResult result, Path file) throws IOException {
    AtomicFiles.writeText(file, w -> {
      w.write("model,precision,window,origin,step,component,forecast,truth\n");
      for (ModelResult m : result.models()) {
        for (PrecisionRun r : m.runs()) {
          for (ExampleForecast ex : r.examples()) {
            for (int t = 0; t < ex.forecast().length; t++) {
              for (int k = 0; k < ex.forecast()[t].length; k++) {
                line(w, m.name(), r.precision().label(), ex.window(), ex.origin(), t + 1, k,
                    ex.forecast()[t][k], ex.truth()[t][k]);
              }
            }
          }
        }
      }
    });
  }

  /** {@code cost.csv}. */
  public static void writeCost(CostTable table, Path file) throws IOException {
    AtomicFiles.writeText(file, w -> {
      w.write("model,kind,features,step_multiplies,step_adds,step_tanh,step_total,"
          + "training_pairs,training_feature_multiplies,training_gram_multiply_adds,"
          + "training_solve_flops,training_total_flops,training_notes_flops,"
          + "ratio_step_multiplies,ratio_step_total,ratio_training,ratio_training_notes,baseline\n");
      for (CostRow r : table.rows()) {
        line(w, r.model(), r.kind(), r.features(), r.inference().multiplies(), r.inference().adds(),
            r.inference().tanh(), r.inference().total(), r.training().pairs(),
            r.training().featureMultiplies(), r.training().gramMultiplyAdds(),
            r.training().solveFlops(), r.training().totalFlops(), r.training().notesFlops(),
            table.inferenceMultiplyRatio(r), table.inferenceTotalRatio(r), table.trainingRatio(r),
            table.notesTrainingRatio(r), table.baseline());
      }
    });
  }

  /** {@code summary.json} with wall-clock timings. */
  public static void writeSummaryJson(ExperimentResult result, Path file) throws IOException {
    writeSummaryJson(result, file, true);
  }

  /**
   * {@code summary.json}; without {@code timings} the file is a pure function of the spec (run
   * directories keep the timings in their manifest).
   */
  public static void writeSummaryJson(ExperimentResult result, Path file, boolean timings)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("experiment", result.name());
    if (timings) {
      root.put("seconds", result.seconds());
    }
    DataSummary d = result.data();
    ObjectNode data = root.putObject("data");
    data.put("source", d.source());
    data.put("length", d.length());
    data.put("dimension", d.dimension());
    data.put("dt", d.dt());
    data.put("trainLength", d.trainLength());
    data.put("seed", d.seed());
    data.set("windows", windows(d.windows()));
    data.put("warmup", d.warmup());
    data.put("threshold", d.threshold());
    ObjectNode sc = data.putObject("scaler");
    sc.put("scaling", d.scaler().scaling().name());
    ArrayNode shift = sc.putArray("shift");
    for (double v : d.scaler().shift()) {
      shift.add(v);
    }
    ArrayNode scale = sc.putArray("scale");
    for (double v : d.scaler().scale()) {
      scale.add(v);
    }
    data.put("lyapunovExponent", d.lyapunovExponent());
    data.put("lyapunovStandardError", d.lyapunovStandardError());
    ArrayNode models = root.putArray("models");
    for (ModelResult m : result.models()) {
      ObjectNode mn = models.addObject();
      mn.put("name", m.name());
      mn.put("kind", m.kind());
      mn.put("description", m.description());
      mn.put("features", m.features());
      mn.put("trainingPairs", m.trainingPairs());
      mn.put("solver", m.solver());
      if (timings) {
        mn.put("trainingSeconds", m.trainingSeconds());
      }
      mn.put("trainingErrorMean", m.trainingErrorMean());
      mn.put("trainingErrorMax", m.trainingErrorMax());
      ArrayNode runs = mn.putArray("runs");
      for (PrecisionRun r : m.runs()) {
        ScoreSummary s = r.score();
        ObjectNode rn = runs.addObject();
        rn.put("precision", r.precision().label());
        rn.put("format", r.precision().format().label());
        rn.put("scope", scope(r.precision()));
        rn.put("windows", s.windows());
        rn.put("meanHorizonSamples", s.meanHorizon());
        rn.put("stdHorizonSamples", s.stdHorizon());
        rn.put("medianHorizonSamples", s.medianHorizon());
        rn.put("meanCurveHorizonSamples", s.meanCurveHorizon());
        rn.put("meanHorizonTime", d.toTime(s.meanHorizon()));
        rn.put("stdHorizonTime", d.toTime(s.stdHorizon()));
        rn.put("meanCurveHorizonTime", d.toTime(s.meanCurveHorizon()));
        rn.put("meanHorizonLyapunov", d.toLyapunovTimes(s.meanHorizon()));
        rn.put("censoredWindows", s.censored());
        rn.put("immediateFailures", s.immediateFailures());
        rn.put("teacherForcedError", r.teacherForcedError());
        if (timings) {
          rn.put("seconds", r.seconds());
        }
        rn.put("forecastSteps", r.forecastSteps());
      }
    }
    CostTable table = result.cost();
    ObjectNode cost = root.putObject("cost");
    cost.put("baseline", table.baseline());
    ArrayNode rows = cost.putArray("rows");
    for (CostRow r : table.rows()) {
      ObjectNode rn = rows.addObject();
      rn.put("model", r.model());
      rn.put("kind", r.kind());
      rn.put("features", r.features());
      rn.put("stepMultiplies", r.inference().multiplies());
      rn.put("stepAdds", r.inference().adds());
      rn.put("stepTanh", r.inference().tanh());
      rn.put("trainingTotalFlops", r.training().totalFlops());
      rn.put("trainingNotesFlops", r.training().notesFlops());
      rn.put("ratioStepMultiplies", table.inferenceMultiplyRatio(r));
      rn.put("ratioTraining", table.trainingRatio(r));
      rn.put("ratioTrainingNotes", table.notesTrainingRatio(r));
    }
    AtomicFiles.writeText(file, w -> mapper.writeValue(new NonClosingWriter(w), root));
  }

  /** The fields of test windows as JSON ({@code firstOrigin, count, stride, length}). */
  public static ObjectNode windows(TestWindows w) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("firstOrigin", w.firstOrigin());
    o.put("count", w.count());
    o.put("stride", w.stride());
    o.put("length", w.length());
    return o;
  }

  private static void line(Writer w, Object... cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells[i]));
    }
    sb.append('\n');
    w.write(sb.toString());
  }

  private static String cell(Object o) {
    if (o instanceof Double v) {
      return v.isNaN() ? "NaN" : v.isInfinite() ? (v > 0 ? "Infinity" : "-Infinity")
          : Double.toString(v);
    }
    if (o instanceof String s) {
      return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
    return String.valueOf(o);
  }

  /** Lets Jackson write into the atomic writer without closing it. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
