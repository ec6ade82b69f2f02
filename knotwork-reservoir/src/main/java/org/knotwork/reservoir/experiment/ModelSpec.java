package org.knotwork.reservoir.experiment;

/** A model to train and score; names must be unique within an experiment. */
public sealed interface ModelSpec permits EsnSpec, D2r2Spec {

  /** The model's name in reports. */
  String name();

  /** {@code esn} or {@code d2r2}. */
  String kind();

  /** A one-line description with every hyper-parameter. */
  String describe();
}
