package org.knotwork.supertrex.model;

/** What the network is fed back during the test phase (supertrex.md &sect;4). */
public enum TestFeedback {
  /**
   * The authors' protocol: Task 1 feeds the target f_n (teacher forcing), Tasks 2 and 3 the output
   * recorded at the same phase {@code testPeriods} periods earlier, during training (ST14).
   */
  SCRIPT("script"),
  /** A true closed loop: the network's own output z_{n&minus;1}. */
  CLOSED("closed");

  private final String id;

  TestFeedback(String id) {
    this.id = id;
  }

  /** The spec value. */
  public String id() {
    return id;
  }

  /** The value of a spec value. */
  public static TestFeedback of(String id) {
    for (TestFeedback t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("testFeedback must be script or closed, got " + id);
  }
}
