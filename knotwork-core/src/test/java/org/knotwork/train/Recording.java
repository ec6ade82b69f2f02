package org.knotwork.train;

import java.util.ArrayList;
import java.util.List;

/** Test listener that records everything it receives, in order. */
final class Recording implements TrainingListener {
  final List<Object> all = new ArrayList<>();
  final List<Progress> progress = new ArrayList<>();
  final List<Snapshot> snapshots = new ArrayList<>();
  final List<FlowEvent> events = new ArrayList<>();
  final List<Checkpoint> checkpoints = new ArrayList<>();
  TrainResult result;

  @Override
  public void onProgress(Progress p) {
    all.add(p);
    progress.add(p);
  }

  @Override
  public void onSnapshot(Snapshot s) {
    all.add(s);
    snapshots.add(s);
  }

  @Override
  public void onEvent(FlowEvent e) {
    all.add(e);
    events.add(e);
  }

  @Override
  public void onCheckpoint(Checkpoint c) {
    all.add(c);
    checkpoints.add(c);
  }

  @Override
  public void onFinish(TrainResult r) {
    all.add(r);
    result = r;
  }

  /** Everything delivered after checkpoint c (exclusive). */
  List<Object> after(Checkpoint c) {
    int k = all.indexOf(c);
    return new ArrayList<>(all.subList(k + 1, all.size()));
  }
}
