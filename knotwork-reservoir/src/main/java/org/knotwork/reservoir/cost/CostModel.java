package org.knotwork.reservoir.cost;

import org.knotwork.reservoir.d2r2.PolynomialFeatures;
import org.knotwork.reservoir.esn.ReadoutTransform;

/**
 * Operation counts of the implementation (notes &sect;7, check 19).
 *
 * <p>ESN closed-loop step, N nodes, nnz stored entries in A, K inputs: pre-activation
 * s<sub>i</sub> = w<sub>i</sub>u<sub>k(i)</sub> + &Sigma;<sub>p</sub> a<sub>ip</sub>r<sub>p</sub> costs
 * nnz + N multiplies and nnz adds, then N tanh; the transform costs its products (T1: &lfloor;N/2&rfloor;);
 * the readout K N multiplies and K (N &minus; 1) adds. With nnz = d N and T1 this is the notes' d N + N +
 * N/2 + K N multiplies (+ N tanh).
 *
 * <p>D2R2 step, P = C(K + p, p): monomials P &minus; 1 &minus; K multiplies; readout K P multiplies and
 * K (P &minus; 1) adds, i.e. the notes' K C(K+p, p) + monomial products.
 */
public final class CostModel {
  private CostModel() {}

  /** Per-step cost of an ESN with {@code nonZeros} entries in A. */
  public static InferenceCost esnStep(int nodes, long nonZeros, int inputs,
      ReadoutTransform transform) {
    check(nodes, inputs);
    if (nonZeros < 0) {
      throw new IllegalArgumentException("nonZeros must be >= 0, got " + nonZeros);
    }
    long n = nodes;
    long mult = nonZeros + n + transform.products(nodes) + (long) inputs * n;
    long add = nonZeros + (long) inputs * (n - 1);
    return new InferenceCost(mult, add, n);
  }

  /** Per-step cost of an ESN with the expected nnz = round(d N). */
  public static InferenceCost esnStepExpected(int nodes, double degree, int inputs,
      ReadoutTransform transform) {
    return esnStep(nodes, Math.round(degree * nodes), inputs, transform);
  }

  /** Per-step cost of D2R2 with K inputs and degree p. */
  public static InferenceCost d2r2Step(int inputs, int degree) {
    long p = PolynomialFeatures.count(inputs, degree);
    long products = p - 1 - inputs;
    return new InferenceCost((long) inputs * p + products, (long) inputs * (p - 1), 0);
  }

  /** Training cost of an ESN: T updates (driving) and transforms, then Gram + solve with P = N. */
  public static TrainingCost esnTraining(long pairs, int nodes, long nonZeros, int inputs,
      ReadoutTransform transform) {
    check(nodes, inputs);
    long drive = pairs * (nonZeros + nodes + transform.products(nodes));
    return training(pairs, nodes, inputs, drive, pairs * nodes);
  }

  /** Training cost of D2R2: T feature evaluations, then Gram + solve. */
  public static TrainingCost d2r2Training(long pairs, int inputs, int degree) {
    long p = PolynomialFeatures.count(inputs, degree);
    return training(pairs, (int) p, inputs, pairs * (p - 1 - inputs), 0);
  }

  private static TrainingCost training(long pairs, int p, int k, long featureMult, long featureTanh) {
    if (pairs < 1) {
      throw new IllegalArgumentException("pairs must be at least 1, got " + pairs);
    }
    long gram = pairs * ((long) p * (p + 1) / 2) + pairs * (long) p * k;
    double solve = (double) p * p * p / 3.0 + 2.0 * k * (double) p * p;
    double notes = (double) pairs * p * p + (double) p * p * p / 3.0;
    return new TrainingCost(pairs, p, featureMult, featureTanh, gram, solve, notes);
  }

  private static void check(int nodes, int inputs) {
    if (nodes < 1 || inputs < 1) {
      throw new IllegalArgumentException("nodes and inputs must be >= 1, got " + nodes + ", " + inputs);
    }
  }
}
