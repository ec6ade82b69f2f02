package org.knotwork.reservoir.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.reservoir.cost.CostRow;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentResult.DataSummary;
import org.knotwork.reservoir.experiment.ExperimentResult.ModelResult;
import org.knotwork.reservoir.experiment.ExperimentResult.PrecisionRun;
import org.knotwork.reservoir.scoring.ExampleForecast;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * Writes an {@link ExperimentResult} into a folder, every file atomically:
 * <ul>
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

  private ResultFiles() {}

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
    ObjectNode win = data.putObject("windows");
    win.put("firstOrigin", d.windows().firstOrigin());
    win.put("count", d.windows().count());
    win.put("stride", d.windows().stride());
    win.put("length", d.windows().length());
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
        rn.put("scope", r.precision().format().isExact() ? "none" : r.precision().scope().label());
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
