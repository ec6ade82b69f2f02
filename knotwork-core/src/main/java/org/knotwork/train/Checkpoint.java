package org.knotwork.train;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to resume a run so that it ends with the same bytes as an uninterrupted one.
 * Listeners have received every progress row, snapshot and event up to and including this moment.
 * Checkpoints are taken only at integration boundaries that the uninterrupted run also has, so a
 * resumed run replays exactly.
 *
 * @param step step number (descent) or accepted integrator steps (flow)
 * @param time nominal or flow time
 * @param theta parameters
 * @param optimizerState the update rule's state vectors (descent; empty for the flow)
 * @param mode the flow's activation pattern (null for descent)
 * @param events the flow's event log so far (empty for descent)
 * @param eventsProcessed pattern changes processed so far, including silent ones (flow)
 * @param initialLoss the loss at the start of the run (the divergence guard's reference)
 */
public record Checkpoint(long step, double time, double[] theta, double[][] optimizerState,
    FlowMode mode, List<FlowEvent> events, long eventsProcessed, double initialLoss) {

  /** Validates and copies. */
  public Checkpoint {
    if (theta == null || optimizerState == null || events == null) {
      throw new IllegalArgumentException("theta, optimizerState and events are required");
    }
    if (step < 0 || !(time >= 0) || eventsProcessed < 0) {
      throw new IllegalArgumentException("step, time and eventsProcessed must be >= 0");
    }
    theta = theta.clone();
    double[][] s = new double[optimizerState.length][];
    for (int k = 0; k < s.length; k++) {
      if (optimizerState[k] == null || optimizerState[k].length != theta.length) {
        throw new IllegalArgumentException("optimizerState[" + k + "] must have length "
            + theta.length);
      }
      s[k] = optimizerState[k].clone();
    }
    optimizerState = s;
    events = List.copyOf(events);
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }

  @Override
  public double[][] optimizerState() {
    double[][] s = new double[optimizerState.length][];
    for (int k = 0; k < s.length; k++) {
      s[k] = optimizerState[k].clone();
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c && step == c.step && Double.compare(time, c.time) == 0
        && Arrays.equals(theta, c.theta) && Arrays.deepEquals(optimizerState, c.optimizerState)
        && Objects.equals(mode, c.mode) && events.equals(c.events)
        && eventsProcessed == c.eventsProcessed
        && Double.compare(initialLoss, c.initialLoss) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(theta) + 31 * Long.hashCode(step);
  }

  @Override
  public String toString() {
    return "Checkpoint[step=" + step + ", time=" + time + ", events=" + events.size() + "]";
  }
}
