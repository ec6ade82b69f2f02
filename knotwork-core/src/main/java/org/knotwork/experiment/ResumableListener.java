package org.knotwork.experiment;

import java.util.List;
import org.knotwork.train.Checkpoint;
import org.knotwork.train.Progress;
import org.knotwork.train.Snapshot;
import org.knotwork.train.TrainingListener;

/**
 * A listener that may continue an interrupted run (a run directory's recorder): the checkpoint to
 * continue from, and what the run delivered before it, so that {@link ExperimentRunner} ends with the
 * result of an uninterrupted run.
 */
public interface ResumableListener extends TrainingListener {

  /** The checkpoint to continue from, or null to start afresh. */
  Checkpoint resumeFrom();

  /** The progress rows delivered up to {@link #resumeFrom()}, in order (empty when afresh). */
  List<Progress> progressBefore();

  /** The snapshots delivered up to {@link #resumeFrom()}, in order (empty when afresh). */
  List<Snapshot> snapshotsBefore();
}
