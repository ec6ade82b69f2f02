package org.knotwork.experiment;

import java.util.List;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.UpdateRule;

/**
 * How the parameters move: one of the train package's update rules with a {@link StepSize} (resolved
 * at run time), or the exact gradient flow.
 */
public sealed interface Method {

  /** The rule names used in spec files, in declaration order. */
  List<String> RULES = List.of("gd", "momentum", "adam", "flow");

  /** The rule name: {@code gd}, {@code momentum}, {@code adam} or {@code flow}. */
  String rule();

  /** The train package's method, with the learning rate already resolved (ignored by the flow). */
  TrainMethod toTrainMethod(double learningRate);

  /** Whether this is discrete descent (which needs a learning rate). */
  default boolean isDescent() {
    return !(this instanceof Flow);
  }

  /**
   * Full-batch or minibatch gradient descent &theta; &larr; &theta; &minus; &eta;g, the explicit Euler method
   * of the gradient flow (S11).
   *
   * @param stepSize &eta;
   * @param batchSize 0 for full batch, else the minibatch size &ge; 1
   */
  record GradientDescent(StepSize stepSize, int batchSize) implements Method {
    /** Validates the fields. */
    public GradientDescent {
      checkDescent(stepSize, batchSize);
    }

    @Override
    public String rule() {
      return "gd";
    }

    @Override
    public TrainMethod toTrainMethod(double learningRate) {
      return new TrainMethod.Descent(new UpdateRule.GradientDescent(learningRate), batchSize);
    }
  }

  /**
   * Heavy-ball momentum.
   *
   * @param stepSize &eta;
   * @param momentum &beta; in [0, 1)
   * @param batchSize 0 for full batch, else the minibatch size &ge; 1
   */
  record HeavyBall(StepSize stepSize, double momentum, int batchSize) implements Method {
    /** Validates the fields. */
    public HeavyBall {
      checkDescent(stepSize, batchSize);
      new UpdateRule.HeavyBall(1.0, momentum);
    }

    @Override
    public String rule() {
      return "momentum";
    }

    @Override
    public TrainMethod toTrainMethod(double learningRate) {
      return new TrainMethod.Descent(new UpdateRule.HeavyBall(learningRate, momentum), batchSize);
    }
  }

  /**
   * Adam with bias correction.
   *
   * @param stepSize &eta;
   * @param beta1 first-moment decay in [0, 1)
   * @param beta2 second-moment decay in [0, 1)
   * @param epsilon &epsilon; &gt; 0
   * @param batchSize 0 for full batch, else the minibatch size &ge; 1
   */
  record Adam(StepSize stepSize, double beta1, double beta2, double epsilon, int batchSize)
      implements Method {
    /** Validates the fields. */
    public Adam {
      checkDescent(stepSize, batchSize);
      new UpdateRule.Adam(1.0, beta1, beta2, epsilon);
    }

    @Override
    public String rule() {
      return "adam";
    }

    @Override
    public TrainMethod toTrainMethod(double learningRate) {
      return new TrainMethod.Descent(new UpdateRule.Adam(learningRate, beta1, beta2, epsilon),
          batchSize);
    }
  }

  /**
   * The exact event-driven gradient flow (S11), with the integrator settings of
   * {@link TrainMethod.Flow}.
   *
   * @param settings tolerances and limits
   */
  record Flow(TrainMethod.Flow settings) implements Method {
    /** Validates presence. */
    public Flow {
      if (settings == null) {
        throw new IllegalArgumentException("flow settings are required");
      }
    }

    /** The flow with the train package's default tolerances. */
    public static Flow withDefaults() {
      return new Flow(TrainMethod.Flow.withDefaults());
    }

    @Override
    public String rule() {
      return "flow";
    }

    @Override
    public TrainMethod toTrainMethod(double learningRate) {
      return settings;
    }
  }

  /** The step size of a descent method, or null for the flow. */
  default StepSize stepSize() {
    if (this instanceof GradientDescent g) {
      return g.stepSize();
    }
    if (this instanceof HeavyBall m) {
      return m.stepSize();
    }
    if (this instanceof Adam a) {
      return a.stepSize();
    }
    return null;
  }

  /** The minibatch size of a descent method (0 = full batch; 0 for the flow). */
  default int batchSize() {
    if (this instanceof GradientDescent g) {
      return g.batchSize();
    }
    if (this instanceof HeavyBall m) {
      return m.batchSize();
    }
    if (this instanceof Adam a) {
      return a.batchSize();
    }
    return 0;
  }

  private static void checkDescent(StepSize stepSize, int batchSize) {
    if (stepSize == null) {
      throw new IllegalArgumentException("learningRate is required for descent");
    }
    if (batchSize < 0) {
      throw new IllegalArgumentException(
          "batchSize must be >= 0 (0 = full batch), got " + batchSize);
    }
  }
}
