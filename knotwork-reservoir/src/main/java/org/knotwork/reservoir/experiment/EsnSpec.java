package org.knotwork.reservoir.experiment;

import org.knotwork.reservoir.esn.EsnConfig;

/**
 * An echo state network to build (seeded from the experiment seed and the model name) and train.
 *
 * @param name model name
 * @param config hyper-parameters
 */
public record EsnSpec(String name, EsnConfig config) implements ModelSpec {

  /** Validates both fields. */
  public EsnSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (config == null) {
      throw new IllegalArgumentException("config is required");
    }
  }

  @Override
  public String kind() {
    return "esn";
  }

  @Override
  public String describe() {
    return "ESN(N=" + config.reservoirSize() + (config.roundToInputMultiple() ? " rounded to K" : "")
        + ", d=" + config.degree() + ", rho=" + config.spectralRadius() + ", sigma="
        + config.inputScale() + ", beta=" + config.ridge() + ", " + config.transform() + ")";
  }
}
