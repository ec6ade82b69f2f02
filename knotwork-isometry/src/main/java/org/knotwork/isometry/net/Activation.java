package org.knotwork.isometry.net;

/** The pointwise non-linearity &phi; of the hidden layers, with its derivative &phi;'. */
public enum Activation {
  /** &phi; = tanh. */
  TANH {
    @Override
    public double value(double h) {
      return Math.tanh(h);
    }

    @Override
    public double derivative(double h) {
      double t = Math.tanh(h);
      return 1 - t * t;
    }
  },
  /** &phi; = max(0, h); &phi;'(0) taken as 0. */
  RELU {
    @Override
    public double value(double h) {
      return h > 0 ? h : 0;
    }

    @Override
    public double derivative(double h) {
      return h > 0 ? 1 : 0;
    }
  },
  /** &phi; = identity (deep linear control). */
  LINEAR {
    @Override
    public double value(double h) {
      return h;
    }

    @Override
    public double derivative(double h) {
      return 1;
    }
  };

  /** &phi;(h). */
  public abstract double value(double h);

  /** &phi;'(h). */
  public abstract double derivative(double h);

  /** The lower-case name used in specs. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
