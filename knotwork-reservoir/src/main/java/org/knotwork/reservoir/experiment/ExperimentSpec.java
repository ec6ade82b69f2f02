package org.knotwork.reservoir.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.reservoir.d2r2.PolynomialFeatures;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

/**
 * One experiment: data, normalisation, training segment, test windows, models and precisions.
 *
 * <p>The scaler is fitted on samples [0, trainLength) only; every model is trained on the pairs inside
 * that segment in binary64 and scored at every precision on the same windows, which must lie after the
 * training segment (first forecast sample &ge; trainLength).
 *
 * @param name experiment name (used for output folders), letters, digits, '-', '_' and '.'
 * @param data the raw data
 * @param scaling normalisation rule
 * @param trainLength training samples, &ge; 2
 * @param windows test windows
 * @param warmup ESN synchronisation steps before each window, &ge; 1
 * @param threshold failure threshold on the relative error, &gt; 0 (0.3 in the paper)
 * @param models models to train, unique names, at least one
 * @param precisions inference precisions, at least one
 * @param seed seed of every random stream of the run
 * @param examples windows whose forecasts are kept for attractor plots, 0 &hellip; windows.count
 * @param lyapunovSteps RK4 steps of the Benettin estimate for generated data (0 = skip)
 * @param teacherForced also score teacher-forced one-step errors on the test windows (doubles the
 *     scoring cost)
 * @param parallel whether training and scoring may use the common fork-join pool
 */
public record ExperimentSpec(String name, DataSource data, Scaling scaling, int trainLength,
    TestWindows windows, int warmup, double threshold, List<ModelSpec> models,
    List<Precision> precisions, long seed, int examples, int lyapunovSteps, boolean teacherForced,
    boolean parallel) {

  /** Validates every field, including that the windows fit the data after the training segment. */
  public ExperimentSpec {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("name must be non-empty and use only letters, digits, "
          + "'.', '_' and '-', got '" + name + "'");
    }
    if (data == null || scaling == null || windows == null) {
      throw new IllegalArgumentException("data, scaling and windows are required");
    }
    boolean sized = data.length() != DataSource.UNKNOWN;
    if (trainLength < 2 || (sized && trainLength > data.length())) {
      throw new IllegalArgumentException("trainLength must be in [2, data length "
          + (sized ? data.length() : "of the series") + "], got " + trainLength);
    }
    if (warmup < 1) {
      throw new IllegalArgumentException("warmup must be at least 1, got " + warmup);
    }
    if (!(threshold > 0) || !Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold must be finite and > 0, got " + threshold);
    }
    if (windows.firstOrigin() < trainLength - 1) {
      throw new IllegalArgumentException("windows.firstOrigin must be >= trainLength - 1 = "
          + (trainLength - 1) + " so that no forecast target lies in the training segment, got "
          + windows.firstOrigin());
    }
    try {
      windows.check(sized ? data.length() : Integer.MAX_VALUE, warmup);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("windows: " + e.getMessage(), e);
    }
    if (models == null || models.isEmpty()) {
      throw new IllegalArgumentException("models must list at least one model");
    }
    Set<String> names = new HashSet<>();
    for (ModelSpec m : models) {
      if (m == null || !names.add(m.name())) {
        throw new IllegalArgumentException("models must be non-null with unique names, duplicate or"
            + " null: " + (m == null ? "null" : m.name()));
      }
    }
    if (data.dimension() != DataSource.UNKNOWN) {
      checkModelSizes(models, data.dimension());
    }
    if (precisions == null || precisions.isEmpty() || precisions.stream().anyMatch(x -> x == null)) {
      throw new IllegalArgumentException("precisions must list at least one precision");
    }
    if (examples < 0 || examples > windows.count()) {
      throw new IllegalArgumentException("examples must be in [0, " + windows.count() + "], got "
          + examples);
    }
    if (lyapunovSteps < 0) {
      throw new IllegalArgumentException("lyapunovSteps must be >= 0, got " + lyapunovSteps);
    }
    models = List.copyOf(models);
    precisions = List.copyOf(precisions);
  }

  /**
   * Checks the models against the number of inputs: a D2R2 feature count within {@link
   * PolynomialFeatures#MAX_FEATURES}, and an ESN rounded to a multiple of the inputs at least as large
   * as the inputs.
   */
  private static void checkModelSizes(List<ModelSpec> models, int inputs) {
    for (int q = 0; q < models.size(); q++) {
      ModelSpec m = models.get(q);
      if (m instanceof D2r2Spec d) {
        long features = PolynomialFeatures.count(inputs, d.degree());
        if (features > PolynomialFeatures.MAX_FEATURES) {
          throw new IllegalArgumentException("models[" + q + "].degree " + d.degree() + " gives "
              + features + " features for " + inputs + " inputs; at most "
              + PolynomialFeatures.MAX_FEATURES + " are allowed");
        }
      } else if (m instanceof EsnSpec e && e.config().roundToInputMultiple()
          && e.config().reservoirSize() < inputs) {
        throw new IllegalArgumentException("models[" + q + "].reservoirSize must be >= the "
            + inputs + " inputs when roundToInputMultiple is true, got "
            + e.config().reservoirSize());
      }
    }
  }

  /** The same experiment with other models. */
  public ExperimentSpec withModels(List<ModelSpec> m) {
    return new ExperimentSpec(name, data, scaling, trainLength, windows, warmup, threshold, m,
        precisions, seed, examples, lyapunovSteps, teacherForced, parallel);
  }

  /** The same experiment with other precisions. */
  public ExperimentSpec withPrecisions(List<Precision> p) {
    return new ExperimentSpec(name, data, scaling, trainLength, windows, warmup, threshold, models, p,
        seed, examples, lyapunovSteps, teacherForced, parallel);
  }

  /** The same experiment under another name and seed. */
  public ExperimentSpec withNameAndSeed(String n, long s) {
    return new ExperimentSpec(n, data, scaling, trainLength, windows, warmup, threshold, models,
        precisions, s, examples, lyapunovSteps, teacherForced, parallel);
  }

  /** The same experiment on other data (e.g. a CSV series) with the same windows and models. */
  public ExperimentSpec withData(DataSource d, Scaling sc) {
    return new ExperimentSpec(name, d, sc, trainLength, windows, warmup, threshold, models, precisions,
        seed, examples, lyapunovSteps, teacherForced, parallel);
  }
}
