package org.knotwork.init;

/**
 * Per-tensor scale multipliers applied after a scheme's draw: w &larr; &alpha;<sub>w</sub>w, b &larr;
 * &alpha;<sub>b</sub>b, v &larr; &alpha;<sub>v</sub>v. The output bias c is not scaled, so that
 * (&alpha;, &alpha;, 1/&alpha;) is the function-preserving rescale of notes &sect;2 (S13): it leaves
 * f<sub>0</sub> unchanged and moves the net between the kernel (&alpha; large) and adaptive (&alpha;
 * small) regimes.
 *
 * <p>Consequences (S2): knots scale as &beta; &rarr; (&alpha;<sub>b</sub>/&alpha;<sub>w</sub>)&beta;,
 * delta-slopes as &mu; &rarr; &alpha;<sub>w</sub>&alpha;<sub>v</sub>&mu;. For zero biases use a {@code
 * -zero-bias} scheme rather than &alpha;<sub>b</sub> = 0.
 *
 * @param w &alpha;<sub>w</sub> &gt; 0, multiplies the first-layer weights
 * @param b &alpha;<sub>b</sub> &gt; 0, multiplies the first-layer biases
 * @param v &alpha;<sub>v</sub> &gt; 0, multiplies the second-layer weights
 */
public record Scales(double w, double b, double v) {

  /** No rescaling: (1, 1, 1). */
  public static final Scales UNIT = new Scales(1, 1, 1);

  /** Validates that every multiplier is positive and finite. */
  public Scales {
    positive("scale-w", w);
    positive("scale-b", b);
    positive("scale-v", v);
  }

  /** The function-preserving rescale (&alpha;, &alpha;, 1/&alpha;). */
  public static Scales functionPreserving(double alpha) {
    positive("alpha", alpha);
    return new Scales(alpha, alpha, 1.0 / alpha);
  }

  static void positive(String field, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be positive and finite, got " + value);
    }
  }
}
