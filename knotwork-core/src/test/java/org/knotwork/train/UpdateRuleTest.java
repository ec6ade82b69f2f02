package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.objective.DifferentiableObjective;

class UpdateRuleTest {

  /** f(θ) = ½ Σ a_i θ_i². */
  private static DifferentiableObjective quadratic(double... a) {
    return new DifferentiableObjective() {
      @Override
      public int dimension() {
        return a.length;
      }

      @Override
      public double valueAndGradient(double[] theta, double[] g) {
        double f = 0;
        for (int i = 0; i < a.length; i++) {
          g[i] = a[i] * theta[i];
          f += 0.5 * a[i] * theta[i] * theta[i];
        }
        return f;
      }
    };
  }

  /** f(θ) = Σ c_i θ_i (constant gradient), shifted to stay positive near the start. */
  private static DifferentiableObjective linear(double... c) {
    return new DifferentiableObjective() {
      @Override
      public int dimension() {
        return c.length;
      }

      @Override
      public double valueAndGradient(double[] theta, double[] g) {
        double f = 1e6;
        for (int i = 0; i < c.length; i++) {
          g[i] = c[i];
          f += c[i] * theta[i];
        }
        return f;
      }
    };
  }

  private static TrainResult descend(DifferentiableObjective f, double[] theta0, UpdateRule rule,
      long steps) {
    return Trainer.descend(f, theta0, TrainSpec.of(TrainMethod.Descent.fullBatch(rule),
        StopCriteria.steps(steps)), TrainingListener.none());
  }

  @Test
  void gradientDescentOnAQuadraticIsThePowerOfItsContraction() {
    double[] a = {0.5, 2.0, 7.0};
    double[] theta0 = {1.0, -2.0, 0.3};
    double eta = 0.1;
    int k = 60;
    double[] th = descend(quadratic(a), theta0, new UpdateRule.GradientDescent(eta), k)
        .last().theta();
    for (int i = 0; i < a.length; i++) {
      double expected = Math.pow(1 - eta * a[i], k) * theta0[i];
      assertThat(th[i]).isCloseTo(expected, within(1e-13 + 1e-12 * Math.abs(expected)));
    }
  }

  @Test
  void heavyBallOnAQuadraticFollowsItsCharacteristicRoots() {
    double[] a = {1.0, 3.0};
    double[] theta0 = {1.0, -0.5};
    double eta = 0.1;
    double beta = 0.2;
    int k = 40;
    double[] th = descend(quadratic(a), theta0, new UpdateRule.HeavyBall(eta, beta), k)
        .last().theta();
    for (int i = 0; i < a.length; i++) {
      // theta_{k+1} = (1 + beta - eta a) theta_k - beta theta_{k-1}, theta_1 = (1 - eta a) theta_0
      double p = 1 + beta - eta * a[i];
      double disc = Math.sqrt(p * p - 4 * beta);
      double r1 = (p + disc) / 2;
      double r2 = (p - disc) / 2;
      double t1 = (1 - eta * a[i]) * theta0[i];
      double bb = (t1 - r1 * theta0[i]) / (r2 - r1);
      double aa = theta0[i] - bb;
      double expected = aa * Math.pow(r1, k) + bb * Math.pow(r2, k);
      assertThat(th[i]).isCloseTo(expected, within(1e-13 + 1e-11 * Math.abs(expected)));
    }
  }

  @Test
  void adamMovesEachCoordinateByEtaPerStepUnderAConstantGradient() {
    // with g constant, the bias-corrected moments are exactly g and g^2 at every step
    double[] c = {3.0, -0.02, 250.0};
    double[] theta0 = {0.0, 1.0, -1.0};
    UpdateRule.Adam adam = new UpdateRule.Adam(0.01, 0.9, 0.999, 1e-8);
    int k = 100;
    double[] th = descend(linear(c), theta0, adam, k).last().theta();
    for (int i = 0; i < c.length; i++) {
      double expected = theta0[i] - k * 0.01 * c[i] / (Math.abs(c[i]) + 1e-8);
      assertThat(th[i]).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void adamIsInvariantToRescalingTheObjective() {
    double[] a = {0.5, 2.0};
    double[] theta0 = {1.0, -2.0};
    UpdateRule rule = new UpdateRule.Adam(0.05, 0.9, 0.999, 1e-12);
    double[] small = descend(quadratic(a), theta0, rule, 200).last().theta();
    double[] big = descend(quadratic(a[0] * 1e4, a[1] * 1e4), theta0, rule, 200).last().theta();
    assertThat(big).containsExactly(small, within(1e-9));
  }

  @Test
  void badHyperparametersNameTheField() {
    assertThatThrownBy(() -> new UpdateRule.GradientDescent(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
    assertThatThrownBy(() -> new UpdateRule.HeavyBall(0.1, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum");
    assertThatThrownBy(() -> new UpdateRule.Adam(0.1, 0.9, -0.1, 1e-8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta2");
    assertThatThrownBy(() -> new UpdateRule.Adam(0.1, 0.9, 0.99, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epsilon");
    assertThatThrownBy(() -> new TrainMethod.Descent(new UpdateRule.GradientDescent(0.1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
  }
}
