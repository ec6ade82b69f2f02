package org.knotwork.reservoir.esn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.precision.Arithmetic;

/** Notes check 7: hand-computed vectors for N = 8. */
class ReadoutTransformTest {
  private static final double[] R = {2, 3, 5, 7, 11, 13, 17, 19};

  private static double[] apply(ReadoutTransform t, double[] r) {
    double[] out = new double[r.length];
    t.apply(r, out);
    return out;
  }

  @Test
  void t1SquaresOddNodes() {
    assertThat(apply(ReadoutTransform.T1, R)).containsExactly(2, 9, 5, 49, 11, 169, 17, 361);
    assertThat(ReadoutTransform.T1.products(8)).isEqualTo(4);
    assertThat(ReadoutTransform.T1.products(7)).isEqualTo(3); // floor(N/2)
    double[] seven = apply(ReadoutTransform.T1, new double[] {2, 3, 5, 7, 11, 13, 17});
    assertThat(seven).containsExactly(2, 9, 5, 49, 11, 169, 17);
  }

  @Test
  void t1EvenSquaresEvenNodes() {
    assertThat(apply(ReadoutTransform.T1_EVEN, R)).containsExactly(4, 3, 25, 7, 121, 13, 289, 19);
    assertThat(ReadoutTransform.T1_EVEN.products(7)).isEqualTo(4);
  }

  @Test
  void t2ReplacesEvenNodesByProductsOfTheTwoBefore() {
    // j = 2: r1 r0 = 6; j = 4: r3 r2 = 35; j = 6 > N - 3 = 5 is left alone
    assertThat(apply(ReadoutTransform.T2, R)).containsExactly(2, 3, 6, 7, 35, 13, 17, 19);
    assertThat(ReadoutTransform.T2.products(8)).isEqualTo(2);
    double[] nine = apply(ReadoutTransform.T2, new double[] {2, 3, 5, 7, 11, 13, 17, 19, 23});
    // N = 9: j = 2, 4, 6 (6 <= N - 3): 6, 35, 11 * 13 = 143
    assertThat(nine).containsExactly(2, 3, 6, 7, 35, 13, 143, 19, 23);
    assertThat(ReadoutTransform.T2.products(9)).isEqualTo(3);
  }

  @Test
  void noneIsTheIdentityAndArithmeticPathAgrees() {
    assertThat(apply(ReadoutTransform.NONE, R)).containsExactly(R);
    for (ReadoutTransform t : ReadoutTransform.values()) {
      double[] a = new double[8];
      t.apply(R, a, Arithmetic.exact());
      assertThat(a).containsExactly(apply(t, R));
    }
  }
}
