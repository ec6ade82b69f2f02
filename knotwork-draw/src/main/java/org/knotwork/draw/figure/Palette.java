package org.knotwork.draw.figure;

import java.awt.Color;

/**
 * Colours: the Okabe&ndash;Ito palette (safe for the common colour-vision deficiencies) with fixed
 * roles, and the viridis ramp for heat maps. Every colour-coded quantity is also coded by shape or
 * line style, so figures survive grey-scale printing.
 */
public final class Palette {
  private Palette() {}

  /** Okabe&ndash;Ito black. */
  public static final Color BLACK = new Color(0x000000);
  /** Okabe&ndash;Ito orange. */
  public static final Color ORANGE = new Color(0xE69F00);
  /** Okabe&ndash;Ito sky blue. */
  public static final Color SKY_BLUE = new Color(0x56B4E9);
  /** Okabe&ndash;Ito bluish green. */
  public static final Color BLUISH_GREEN = new Color(0x009E73);
  /** Okabe&ndash;Ito blue. */
  public static final Color BLUE = new Color(0x0072B2);
  /** Okabe&ndash;Ito vermillion. */
  public static final Color VERMILLION = new Color(0xD55E00);
  /** Okabe&ndash;Ito reddish purple. */
  public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
  /** Neutral grey for guides (data positions, zero lines). */
  public static final Color GUIDE = new Color(0xBBBBBB);

  /** The network function f. */
  public static final Color FUNCTION = new Color(0x222222);
  /** Data points. */
  public static final Color DATA = ORANGE;
  /** Knots facing right (s = +1, active to the right of &beta;). */
  public static final Color RIGHT_FACING = BLUE;
  /** Knots facing left (s = &minus;1, active to the left of &beta;). */
  public static final Color LEFT_FACING = VERMILLION;
  /** The natural cubic spline reference. */
  public static final Color CUBIC = BLUISH_GREEN;
  /** The linear interpolant reference. */
  public static final Color LINEAR = REDDISH_PURPLE;
  /** Positive eigenvalues / counts. */
  public static final Color POSITIVE = BLUE;
  /** Negative eigenvalues / counts. */
  public static final Color NEGATIVE = VERMILLION;
  /** Zero eigenvalues / counts. */
  public static final Color ZERO = new Color(0x777777);

  /** Colour of a knot of orientation s (&plusmn;1). */
  public static Color knot(int s) {
    return s > 0 ? RIGHT_FACING : LEFT_FACING;
  }

  /** The same colour with the given alpha (0-255). */
  public static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /** Nine samples of viridis, dark to bright (perceptually uniform, colour-blind safe). */
  public static Color[] viridis() {
    return new Color[] {
        new Color(0x440154), new Color(0x472D7B), new Color(0x3B528B), new Color(0x2C728E),
        new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30),
        new Color(0xFDE725)};
  }
}
