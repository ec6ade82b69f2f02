package org.knotwork.io.run;

import java.util.List;

/** Names and headers of the files of a run directory. */
public final class RunFiles {
  private RunFiles() {}

  /** Metrics rows. */
  public static final String METRICS = "metrics.csv";
  /** One row per snapshot. */
  public static final String SNAPSHOTS = "snapshots.csv";
  /** One row per snapshot and neuron. */
  public static final String SNAPSHOT_NEURONS = "snapshot_neurons.csv";
  /** The flow's event log. */
  public static final String EVENTS = "events.csv";
  /** The final network. */
  public static final String NET = "net.json";
  /** The training data, written when a run starts. */
  public static final String DATA = "data.csv";
  /** The initial network, written when a run starts. */
  public static final String INIT = "init.json";
  /** The stop reason and final state summary. */
  public static final String RESULT = "result.json";
  /** The last checkpoint of an unfinished run. */
  public static final String CHECKPOINT = "checkpoint.json";
  /**
   * The snapshots' parameters in the training coordinates (step,time,loss,grad_norm, then theta), a
   * hidden stream kept while the run is going so that a resumed run knows the snapshots taken
   * before its checkpoint; deleted when the run finishes.
   */
  public static final String SNAPSHOT_THETA = ".snapshot_theta.csv";
  /** Suffix of a CSV while the run is going. */
  public static final String PART = ".part";

  static final String METRICS_HEADER = "step,time,loss,grad_norm";
  static final String SNAPSHOTS_HEADER = "snapshot,step,time,loss,grad_norm,c";
  static final String NEURONS_HEADER = "snapshot,neuron,w,b,v,beta,mu,s,delta";
  static final String EVENTS_HEADER = "time,neuron,data_index,kind";
  static final String THETA_HEADER = "step,time,loss,grad_norm,theta";

  /** The streamed CSVs, in a fixed order. */
  static final List<String> STREAMS = List.of(METRICS, SNAPSHOTS, SNAPSHOT_NEURONS, EVENTS,
      SNAPSHOT_THETA);

  static String header(String name) {
    switch (name) {
      case METRICS:
        return METRICS_HEADER;
      case SNAPSHOTS:
        return SNAPSHOTS_HEADER;
      case SNAPSHOT_NEURONS:
        return NEURONS_HEADER;
      case SNAPSHOT_THETA:
        return THETA_HEADER;
      default:
        return EVENTS_HEADER;
    }
  }
}
