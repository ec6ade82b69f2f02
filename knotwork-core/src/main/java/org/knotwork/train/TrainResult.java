package org.knotwork.train;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param reason why it stopped
 * @param message one human-readable line explaining the stop
 * @param last the final (always finite) state
 * @param events the flow's event log in time order (empty for descent)
 * @param balanceDrift max<sub>i</sub>|&delta;<sub>i</sub>(end) &minus; &delta;<sub>i</sub>(start)| with
 *     &delta;<sub>i</sub> = w<sub>i</sub><sup>2</sup> + b<sub>i</sub><sup>2</sup> &minus; v<sub>i</sub><sup>2</sup>,
 *     conserved by the exact flow in network coordinates (S5, S14): an accuracy check; NaN where it
 *     does not apply (spline coordinates, generic objectives)
 */
public record TrainResult(StopReason reason, String message, Snapshot last, List<FlowEvent> events,
    double balanceDrift) {

  /** Copies the event list. */
  public TrainResult {
    events = List.copyOf(events);
  }

  /** The same result with a balance drift. */
  TrainResult withBalanceDrift(double drift) {
    return new TrainResult(reason, message, last, events, drift);
  }
}
