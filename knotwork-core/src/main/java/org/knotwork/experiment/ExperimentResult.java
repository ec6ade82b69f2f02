package org.knotwork.experiment;

import java.util.List;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.train.FlowEvent;
import org.knotwork.train.Progress;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;
import org.knotwork.train.TrainResult;

/**
 * What a run produced. Snapshots hold parameters in the training coordinates; convert them with
 * {@link ShallowProblem#network} and {@link ShallowProblem#spline} of {@link #problem()}.
 *
 * @param spec the spec that was run
 * @param data the data it was run on
 * @param problem the training problem (data, initial network, coordinates, loss)
 * @param progress the metrics rows, in order
 * @param snapshots the scheduled snapshots and the final state, in order
 * @param train the train package's result (stop reason, final state, flow events)
 * @param finalNetwork the final network in network coordinates
 * @param metrics the final numbers
 * @param hessian the exact Hessian at the final state in the training coordinates, or null if not
 *     requested
 */
public record ExperimentResult(ExperimentSpec spec, Dataset data, ShallowProblem problem,
    List<Progress> progress, List<Snapshot> snapshots, TrainResult train,
    NetworkParams finalNetwork, RunMetrics metrics, double[][] hessian) {

  /** Copies the lists. */
  public ExperimentResult {
    progress = List.copyOf(progress);
    snapshots = List.copyOf(snapshots);
  }

  /** The initial network. */
  public NetworkParams initialNetwork() {
    return problem.initialNetwork();
  }

  /** The flow's event log (empty for descent). */
  public List<FlowEvent> events() {
    return train.events();
  }
}
