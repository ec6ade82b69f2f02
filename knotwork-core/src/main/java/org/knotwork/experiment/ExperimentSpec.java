package org.knotwork.experiment;

import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainSpec;

/**
 * Everything a training run depends on. Two runs of equal specs (on equal data and the same Knotwork
 * version) produce identical bytes.
 *
 * <p>The draw: data from {@link #data()}; the initial network from {@link #init()} at {@link #width()}
 * through the "init" stream of {@link #seed()}; training by {@link #training()} until a rule of
 * {@link #budget()} fires (minibatches, if any, from the "minibatch/k" streams of the same seed);
 * recording by {@link #recording()}. Generated data have their own seed ({@code DataSpec.seed}), so
 * a sweep over {@code seed} varies the initialisation on fixed data.
 *
 * <p>Validated on construction, including the combinations the train package requires (the flow needs
 * a finite {@code budget.maxTime} and time-based snapshots; descent a step or time budget;
 * antisymmetric pairing an even width).
 *
 * @param seed seed of the initialisation and minibatch streams
 * @param data the data source
 * @param width hidden width H, in [1, {@link InitSpec#MAX_WIDTH}]
 * @param init how the initial network is drawn
 * @param training coordinates, loss and method
 * @param budget when to stop
 * @param recording what to record
 */
public record ExperimentSpec(long seed, DataSource data, int width, InitConfig init,
    Training training, StopCriteria budget, Recording recording) {

  /** Validates every field and their combination; messages name the field and the allowed range. */
  public ExperimentSpec {
    if (data == null) {
      throw new IllegalArgumentException("data is required");
    }
    if (width < 1 || width > InitSpec.MAX_WIDTH) {
      throw new IllegalArgumentException(
          "width must be in [1, " + InitSpec.MAX_WIDTH + "], got " + width);
    }
    if (init == null || training == null || budget == null || recording == null) {
      throw new IllegalArgumentException("init, training, budget and recording are all required");
    }
    if (init.antisymmetric() && width % 2 != 0) {
      throw new IllegalArgumentException(
          "width must be even when init.antisymmetric is true, got " + width);
    }
    if (!init.isFile()) {
      init.toInitSpec(width, seed);
    }
    trainSpec(training, budget, recording, seed, 1.0);
  }

  /** The train package's spec for this experiment with the given (resolved) learning rate. */
  public TrainSpec trainSpec(double learningRate) {
    return trainSpec(training, budget, recording, seed, learningRate);
  }

  private static TrainSpec trainSpec(Training training, StopCriteria budget, Recording recording,
      long seed, double learningRate) {
    boolean flow = !training.method().isDescent();
    return new TrainSpec(training.method().toTrainMethod(learningRate), budget,
        recording.snapshots().toSchedule(budget, learningRate, flow), seed,
        recording.checkpointEvery(), recording.progressEvery());
  }

  /** A builder with every field at its default (see {@link Builder}). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's fields. */
  public Builder toBuilder() {
    return new Builder().seed(seed).data(data).width(width).init(init).training(training)
        .budget(budget).recording(recording);
  }

  /** The spec with every field at its default. */
  public static ExperimentSpec defaults() {
    return builder().build();
  }

  /** This spec with another seed. */
  public ExperimentSpec withSeed(long newSeed) {
    return toBuilder().seed(newSeed).build();
  }

  /**
   * Builds an {@link ExperimentSpec}. Defaults: seed 0, the builtin {@code wiggly8} data, width 100,
   * PyTorch's default initialisation with unit scales, network coordinates, mean loss, full-batch
   * gradient descent with &eta; = 0.1, a budget of 1000 steps, a metrics row every step, about 100
   * log-spaced snapshots ({@link Snapshots.Auto}), no Hessian, a checkpoint every 1000 steps
   * ({@link Recording#defaults()}). These are the defaults of every omitted spec field.
   */
  public static final class Builder {
    private long seed;
    private DataSource data = DataSource.wiggly8();
    private int width = 100;
    private InitConfig init = InitConfig.of(InitScheme.PYTORCH_DEFAULT);
    private Training training =
        Training.of(new Method.GradientDescent(StepSize.absolute(0.1), 0));
    private StopCriteria budget = StopCriteria.steps(1000);
    private Recording recording = Recording.defaults();

    private Builder() {}

    /** Sets the seed. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Sets the data source. */
    public Builder data(DataSource value) {
      this.data = value;
      return this;
    }

    /** Sets the width. */
    public Builder width(int value) {
      this.width = value;
      return this;
    }

    /** Sets the initialisation. */
    public Builder init(InitConfig value) {
      this.init = value;
      return this;
    }

    /** Sets coordinates, loss and method. */
    public Builder training(Training value) {
      this.training = value;
      return this;
    }

    /** Sets the method, keeping coordinates and loss. */
    public Builder method(Method value) {
      this.training = new Training(training.coordinates(), training.loss(), value);
      return this;
    }

    /** Sets the stopping rules. */
    public Builder budget(StopCriteria value) {
      this.budget = value;
      return this;
    }

    /** Sets the recording. */
    public Builder recording(Recording value) {
      this.recording = value;
      return this;
    }

    /** The validated spec. */
    public ExperimentSpec build() {
      return new ExperimentSpec(seed, data, width, init, training, budget, recording);
    }
  }
}
