package org.knotwork.supertrex.model;

/** The three learning rules compared (supertrex.md &sect;2). */
public enum Rule {
  /** Supervised FORCE: recursive least squares towards the target (ST6), (ST7); Task 1 only. */
  FORCE("force"),
  /** Reward-modulated Hebbian learning of one readout from a scalar error (ST3)&ndash;(ST5). */
  RMHL("rmhl"),
  /** RMHL exploratory readout plus a gated RLS mastery readout taught by it (ST3)&ndash;(ST7). */
  SUPERTREX("supertrex");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The spec value. */
  public String id() {
    return id;
  }

  /** The rule of a spec value. */
  public static Rule of(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("rule must be one of force, rmhl, supertrex, got " + id);
  }
}
