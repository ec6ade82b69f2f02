package org.knotwork.train;

import java.util.List;

/**
 * Receives what a run produces, in order: progress rows, snapshots and events as they happen,
 * checkpoints at the spec's cadence, and the result at the end. All methods default to doing
 * nothing. Listeners run on the training thread; an exception thrown by a listener aborts the run.
 */
public interface TrainingListener {

  /** A metrics row. */
  default void onProgress(Progress progress) {}

  /** A scheduled (or the final) snapshot. */
  default void onSnapshot(Snapshot snapshot) {}

  /** A flow event. */
  default void onEvent(FlowEvent event) {}

  /** A checkpoint: everything delivered so far is covered by it. */
  default void onCheckpoint(Checkpoint checkpoint) {}

  /** The run ended. */
  default void onFinish(TrainResult result) {}

  /** A listener that does nothing. */
  static TrainingListener none() {
    return new TrainingListener() {};
  }

  /** A listener that forwards everything to {@code listeners} in order. */
  static TrainingListener all(TrainingListener... listeners) {
    List<TrainingListener> ls = List.of(listeners);
    return new TrainingListener() {
      @Override
      public void onProgress(Progress p) {
        ls.forEach(l -> l.onProgress(p));
      }

      @Override
      public void onSnapshot(Snapshot s) {
        ls.forEach(l -> l.onSnapshot(s));
      }

      @Override
      public void onEvent(FlowEvent e) {
        ls.forEach(l -> l.onEvent(e));
      }

      @Override
      public void onCheckpoint(Checkpoint c) {
        ls.forEach(l -> l.onCheckpoint(c));
      }

      @Override
      public void onFinish(TrainResult r) {
        ls.forEach(l -> l.onFinish(r));
      }
    };
  }
}
