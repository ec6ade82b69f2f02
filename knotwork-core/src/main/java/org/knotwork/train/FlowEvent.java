package org.knotwork.train;

import java.util.Locale;

/**
 * A change of activation pattern located by the gradient flow.
 *
 * @param time flow time of the event
 * @param neuron neuron index i
 * @param dataIndex index n of the data point in the data set's order, or &minus;1 for {@link Kind#FLIP}
 * @param kind what happened
 */
public record FlowEvent(double time, int neuron, int dataIndex, Kind kind) {

  /** Validates the fields. */
  public FlowEvent {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (neuron < 0) {
      throw new IllegalArgumentException("neuron must be >= 0, got " + neuron);
    }
    if (dataIndex < -1) {
      throw new IllegalArgumentException("dataIndex must be >= -1, got " + dataIndex);
    }
  }

  /** What a {@link FlowEvent} records. */
  public enum Kind {
    /** The knot crossed the point, which joined the neuron's active side. */
    ENTER,
    /** The knot crossed the point, which left the neuron's active side. */
    LEAVE,
    /**
     * The knot reached the point and is held there (Filippov sliding, notes &sect;2): both one-sided
     * vector fields push the knot towards the point. While held, the point counts as inactive.
     */
    PIN,
    /** A held knot left its point, which is now on the neuron's active side. */
    RELEASE_ACTIVE,
    /** A held knot left its point, which is now on the neuron's inactive side. */
    RELEASE_INACTIVE,
    /** The neuron's active set became empty (logged after the LEAVE of its last point). */
    DEATH,
    /** w<sub>i</sub> crossed 0: the orientation flipped, the knot passing through &plusmn;&infin;. */
    FLIP;

    /** Lower-case name used in files. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #fileName()}. */
    public static Kind parse(String name) {
      for (Kind k : values()) {
        if (k.fileName().equals(name)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown event kind '" + name + "'");
    }
  }
}
