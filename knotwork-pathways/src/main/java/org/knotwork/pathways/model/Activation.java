package org.knotwork.pathways.model;

/** Elementwise activation &phi; applied after a layer (notes &sect;1, figures 7 and 8). */
public enum Activation {
  /** &phi;(a) = a: the deep linear network. */
  LINEAR,
  /** &phi;(a) = tanh a. */
  TANH,
  /** &phi;(a) = max(a, 0); derivative taken as 0 at a = 0 (as torch does). */
  RELU;

  /** &phi;(a). */
  public double apply(double a) {
    switch (this) {
      case TANH:
        return Math.tanh(a);
      case RELU:
        return a > 0 ? a : 0;
      default:
        return a;
    }
  }

  /** &phi;'(a), given the pre-activation a and the output h = &phi;(a). */
  public double derivative(double a, double h) {
    switch (this) {
      case TANH:
        return 1 - h * h;
      case RELU:
        return a > 0 ? 1 : 0;
      default:
        return 1;
    }
  }
}
