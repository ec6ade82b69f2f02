package org.knotwork.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.regime.OrderParameters;
import org.knotwork.train.StopReason;

/**
 * The final numbers of a run: how it ended, how well it fits, and where it sits between the kernel
 * and the adaptive regime (the order parameters of notes &sect;6, E8-E10, with the clustering
 * distance {@link #CLUSTER_DISTANCE}).
 *
 * @param stopReason why the run ended
 * @param message one line explaining the stop
 * @param steps steps (descent) or accepted integrator steps (flow)
 * @param time nominal time k&middot;&eta; (descent) or flow time
 * @param initialLoss L at initialisation
 * @param loss final L
 * @param gradientNorm final &Vert;&nabla;L&Vert; (flow: &Vert;d&theta;/dt&Vert;)
 * @param balanceDrift max<sub>i</sub>|&Delta;&delta;<sub>i</sub>| (S5, S14), NaN in spline coordinates
 * @param learningRate the resolved &eta;, NaN for the flow
 * @param ntkMax &lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>) at initialisation, NaN unless the step
 *     size was given relative to it
 * @param events number of flow events (0 for descent)
 * @param order the regime order parameters of the final network against the initial one
 */
public record RunMetrics(StopReason stopReason, String message, long steps, double time,
    double initialLoss, double loss, double gradientNorm, double balanceDrift,
    double learningRate, double ntkMax, int events, OrderParameters order) {

  /** The knot clustering distance used for {@link OrderParameters#muMassNearData()} (notes E9). */
  public static final double CLUSTER_DISTANCE = 0.02;

  /** Validates presence. */
  public RunMetrics {
    if (stopReason == null || message == null || order == null) {
      throw new IllegalArgumentException("stopReason, message and order are required");
    }
  }

  /**
   * The metrics as ordered (name, value) pairs, the columns of a sweep's results table: values are
   * {@link String}, {@link Long} or {@link Double} (NaN where a quantity does not apply).
   */
  public Map<String, Object> columns() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stop_reason", stopReason.name().toLowerCase(java.util.Locale.ROOT));
    m.put("steps", steps);
    m.put("time", time);
    m.put("initial_loss", initialLoss);
    m.put("loss", loss);
    m.put("gradient_norm", gradientNorm);
    m.put("balance_drift", balanceDrift);
    m.put("learning_rate", learningRate);
    m.put("ntk_max", ntkMax);
    m.put("events", (long) events);
    m.putAll(order.columns());
    return m;
  }
}
