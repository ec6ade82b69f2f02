package org.knotwork.render.model;

/**
 * A change of activation pattern reported by an event-driven gradient flow (notes &sect;2, "Knots at
 * data points"), drawn as a mark on the time axis.
 *
 * @param time flow time of the event; finite
 * @param neuron neuron index i, &ge; 0
 * @param dataIndex index n of the data point involved, or &minus;1 when none (e.g. an orientation flip)
 * @param kind lower-case kind name as written by training (e.g. "enter", "leave", "pin", "flip")
 */
public record TrajectoryEvent(double time, int neuron, int dataIndex, String kind) {

  /** Validates the fields. */
  public TrajectoryEvent {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("event time must be a finite number, got " + time);
    }
    if (neuron < 0) {
      throw new IllegalArgumentException("event neuron must be >= 0, got " + neuron);
    }
    if (dataIndex < -1) {
      throw new IllegalArgumentException("event dataIndex must be >= -1, got " + dataIndex);
    }
    if (kind == null || !kind.matches("[a-z][a-z_]*")) {
      throw new IllegalArgumentException(
          "event kind must be a lower-case name like 'pin', got " + kind);
    }
  }
}
