package org.knotwork.bench;


/**
 * The operations Knotwork is timed on. {@link #id()} is also the name of the JMH benchmark method
 * and the key of the peer script's results.
 */
public enum Operation {
  /** f at the N data points (S1), a fresh evaluation. */
  VALUES("values", "f on N points"),
  /** Loss and gradient (S7) from scratch: new linearisation, binary-searched cuts, new buffers. */
  GRADIENT("gradient", "gradient (fresh)"),
  /** Loss and gradient through a reused {@link org.knotwork.loss.LossWorkspace} at a fixed point. */
  GRADIENT_WORKSPACE("gradientWorkspace", "gradient (workspace)"),
  /** One full-batch gradient-descent step, &theta; &larr; &theta; &minus; &eta;&nabla;L. */
  GD_STEP("gdStep", "GD step"),
  /** One exact Hessian-vector product (S17) with an operator built once. */
  HVP("hvp", "Hessian-vector product"),
  /** The gradient-flow right-hand side (S11) with knot and delta-slope velocities (S12). */
  FLOW_RHS("flowRhs", "flow right-hand side"),
  /** The exact dense Hessian (S17), (3H+1)&sup2; entries. */
  DENSE_HESSIAN("denseHessian", "dense Hessian"),
  /**
   * Full symmetric eigendecomposition (values and vectors) of the dense Hessian, without the
   * residual check ({@link org.knotwork.common.linalg.SymmetricEigen#fullUnchecked}), like LAPACK's.
   */
  EIGEN("eigen", "dense eigen-solve");

  /** Largest width for the dense operations (a (3H+1)&sup2; matrix of doubles, 1.2 GB at 4000). */
  public static final int MAX_DENSE_WIDTH = 4000;

  private final String id;
  private final String label;

  Operation(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** Short identifier, e.g. "gdStep". */
  public String id() {
    return id;
  }

  /** Human-readable name. */
  public String label() {
    return label;
  }

  /** Whether the operation needs a dense (3H+1)&sup2; matrix. */
  public boolean dense() {
    return this == DENSE_HESSIAN || this == EIGEN;
  }

  /** Whether the operation is run for this problem size (dense ones only up to a width). */
  public boolean fits(BenchProblem p) {
    return !dense() || p.width() <= MAX_DENSE_WIDTH;
  }

  /** The operation with this id. */
  public static Operation byId(String id) {
    for (Operation op : values()) {
      if (op.id.equals(id)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown operation '" + id + "'");
  }
}
