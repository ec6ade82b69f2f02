package org.knotwork.supertrex.model;

/** The three tasks of supertrex.md &sect;3 (spiking.md &sect;1.3). */
public enum Task {
  /** Task 1: the output is the pen position; error (ST10) without costs. */
  PEN("pen"),
  /** Task 2: the output is the joint angles of a two- (or more-) segment arm, error (ST10). */
  ARM("arm"),
  /** Task 3: three joints with movement costs, error (ST11). */
  ARM_COST("arm-cost");

  private final String id;

  Task(String id) {
    this.id = id;
  }

  /** The spec value. */
  public String id() {
    return id;
  }

  /** The task of a spec value. */
  public static Task of(String id) {
    for (Task t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("task must be one of pen, arm, arm-cost, got " + id);
  }

  /** The task's number in the paper (1, 2, 3). */
  public int number() {
    return ordinal() + 1;
  }
}
