package org.knotwork.reservoir.experiment;

import java.util.List;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.ExampleForecast;
import org.knotwork.reservoir.scoring.ScoreSummary;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaler;

/**
 * Everything an experiment measured.
 *
 * @param name experiment name
 * @param data data description and time bases
 * @param models one entry per model, in spec order
 * @param cost operation counts and ratios for the configured sizes
 * @param seconds wall-clock time of the whole run
 */
public record ExperimentResult(String name, DataSummary data, List<ModelResult> models,
    CostTable cost, double seconds) {

  /** The result of the named model. */
  public ModelResult model(String modelName) {
    return models.stream().filter(m -> m.name().equals(modelName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model named '" + modelName + "'"));
  }

  /**
   * Data description.
   *
   * @param source {@link DataSource#describe()}
   * @param length samples
   * @param dimension components
   * @param dt sampling interval in time units
   * @param trainLength training samples
   * @param windows test windows
   * @param warmup ESN synchronisation steps
   * @param threshold failure threshold
   * @param scaler the scaler fitted on the training segment
   * @param lyapunovExponent largest Lyapunov exponent per time unit (NaN when not estimated)
   * @param lyapunovStandardError its batch-means standard error (NaN when not estimated)
   * @param seed the run's seed
   */
  public record DataSummary(String source, int length, int dimension, double dt, int trainLength,
      TestWindows windows, int warmup, double threshold, Scaler scaler, double lyapunovExponent,
      double lyapunovStandardError, long seed) {

    /** Samples &rarr; time units. */
    public double toTime(double samples) {
      return samples * dt;
    }

    /** Samples &rarr; Lyapunov times (NaN when the exponent is unknown). */
    public double toLyapunovTimes(double samples) {
      return samples * dt * lyapunovExponent;
    }
  }

  /**
   * One model's training and scores.
   *
   * @param name model name
   * @param kind {@code esn} or {@code d2r2}
   * @param description hyper-parameters
   * @param features readout features (N or P)
   * @param trainingPairs regression pairs
   * @param solver ridge solver used
   * @param trainingSeconds wall-clock training time (reservoir build + Gram + solve)
   * @param trainingErrorMean mean one-step relative error over the training pairs
   * @param trainingErrorMax largest one-step relative error over the training pairs
   * @param runs one scoring run per precision
   */
  public record ModelResult(String name, String kind, String description, int features,
      long trainingPairs, String solver, double trainingSeconds, double trainingErrorMean,
      double trainingErrorMax, List<PrecisionRun> runs) {

    /** The run at {@code precision}. */
    public PrecisionRun run(Precision precision) {
      return runs.stream().filter(r -> r.precision().equals(precision)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no run at " + precision.label()));
    }
  }

  /**
   * One model scored at one precision.
   *
   * @param precision the precision, stated with its scope
   * @param score horizons and error curves
   * @param examples kept forecasts
   * @param seconds wall-clock scoring time
   * @param forecastSteps total closed-loop steps (windows &times; (history + length))
   * @param teacherForcedError mean teacher-forced one-step relative error over all windows and steps
   *     (NaN when not requested)
   */
  public record PrecisionRun(Precision precision, ScoreSummary score, List<ExampleForecast> examples,
      double seconds, long forecastSteps, double teacherForcedError) {}
}
