package org.knotwork.spiking.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.spiking.engine.Csr;
import org.knotwork.spiking.engine.Projection;

/** Check 7 of the spiking notes: degrees, grid membership, offset spread and uniformity. */
class TorusWiringTest {

  @Test
  void outAndInDegreesOfTheCiNetwork() {
    // CI network X 10^2, E 40^2, I 20^2: out-degrees ceil(p N_post)
    SheetModel m = SheetModel.HUANG_LAYER2.resized(10, 40, 20);
    SheetNetwork net = SheetNetwork.build(m, 7);
    // order X->E, X->I, E->E, E->I, I->E, I->I
    int[] want = {160, 20, 16, 12, 64, 16};
    for (int k = 0; k < 6; k++) {
      Projection p = net.network().projections().get(k);
      Csr w = p.wiring();
      for (int j = 0; j < w.rows(); j++) {
        assertThat(w.degree(j)).isEqualTo(want[k]);
      }
      int nPost = p.post().size();
      int[] in = w.inDegrees(nPost);
      long sum = 0;
      for (int d : in) {
        sum += d;
      }
      // mean in-degree exactly K N_pre / N_post
      assertThat((double) sum / nPost).isEqualTo((double) want[k] * w.rows() / nPost);
    }
    assertThat(net.network().synapses()).isEqualTo(100L * 160 + 100 * 20 + 1600 * 16
        + 1600 * 12 + 400 * 64 + 400 * 16);
  }

  @Test
  void reducedScaleDegrees() {
    SheetModel m = SheetModel.HUANG_LAYER2;
    int ne = 10_000;
    int ni = 2500;
    assertThat(TorusWiring.outDegree(m.p().ee(), ne)).isEqualTo(100);
    assertThat(TorusWiring.outDegree(m.p().ie(), ni)).isEqualTo(75);
    assertThat(TorusWiring.outDegree(m.p().ei(), ne)).isEqualTo(400);
    assertThat(TorusWiring.outDegree(m.p().ii(), ni)).isEqualTo(100);
    assertThat(TorusWiring.outDegree(m.pIn().e(), ne)).isEqualTo(1000);
    assertThat(TorusWiring.outDegree(m.pIn().i(), ni)).isEqualTo(125);
  }

  @Test
  void paperScaleDegrees() {
    SheetModel m = SheetModel.HUANG_LAYER2;
    int ne = 40_000;
    int ni = 10_000;
    assertThat(TorusWiring.outDegree(m.p().ee(), ne)).isEqualTo(400);
    assertThat(TorusWiring.outDegree(m.p().ie(), ni)).isEqualTo(300);
    assertThat(TorusWiring.outDegree(m.p().ei(), ne)).isEqualTo(1600);
    assertThat(TorusWiring.outDegree(m.p().ii(), ni)).isEqualTo(400);
    assertThat(TorusWiring.outDegree(m.pIn().e(), ne)).isEqualTo(4000);
    assertThat(TorusWiring.outDegree(m.pIn().i(), ni)).isEqualTo(500);
    assertThat(TorusWiring.outDegree(0.5, 3)).isEqualTo(2);
  }

  @Test
  void zeroWidthTargetsTheRoundedScaledCentre() {
    // pre side 2, post side 4: cell 0 is at (1, 1) -> centre (2, 2) -> target (2-1)*4 + (2-1) = 5
    Csr w = TorusWiring.wire(2, 4, 3, 0, 1, "t");
    assertThat(w.target()[0]).isEqualTo(5);
    assertThat(w.target()[2]).isEqualTo(5);
    // cell 3 is at (2, 2) -> centre (4, 4) -> target 15
    assertThat(w.target()[9]).isEqualTo(15);
    // halves round away from zero, and wrapping maps 0 to n and n + 1 to 1
    assertThat(TorusWiring.roundHalfAway(2.5)).isEqualTo(3);
    assertThat(TorusWiring.roundHalfAway(-2.5)).isEqualTo(-3);
    assertThat(TorusWiring.wrap(0, 4)).isEqualTo(4);
    assertThat(TorusWiring.wrap(5, 4)).isEqualTo(1);
    assertThat(TorusWiring.wrap(-4, 4)).isEqualTo(4);
  }

  /** SD of the minimum-image offsets of targets from the scaled centre, both axes pooled. */
  static double offsetSd(Csr w, int sidePre, int sidePost) {
    double scale = (double) sidePost / sidePre;
    double s2 = 0;
    long n = 0;
    for (int j = 0; j < w.rows(); j++) {
      double cx = (j / sidePre + 1) * scale;
      double cy = (j % sidePre + 1) * scale;
      for (int q = w.rowStart()[j]; q < w.rowStart()[j + 1]; q++) {
        int t = w.target()[q];
        double dx = minImage(t / sidePost + 1 - cx, sidePost);
        double dy = minImage(t % sidePost + 1 - cy, sidePost);
        s2 += dx * dx + dy * dy;
        n += 2;
      }
    }
    return Math.sqrt(s2 / n);
  }

  private static double minImage(double d, int n) {
    return d - n * Math.rint(d / n);
  }

  @Test
  void offsetSpreadIsTheWidthPlusRounding() {
    int[][] sides = {{100, 100}, {100, 50}, {50, 100}, {25, 100}, {25, 50}};
    double[] sigmas = {0.1, 0.1, 0.1, 0.05, 0.05};
    for (int c = 0; c < sides.length; c++) {
      int a = sides[c][0];
      int b = sides[c][1];
      Csr w = TorusWiring.wire(a, b, 100, sigmas[c], 11, "sd" + c);
      double want = Math.sqrt(Math.pow(sigmas[c] * b, 2) + 1.0 / 12);
      assertThat(sigmas[c] * b).isGreaterThanOrEqualTo(2.5);
      assertThat(offsetSd(w, a, b)).as("case " + c).isCloseTo(want, within(0.02 * want));
    }
  }

  @Test
  void uniformWidthGivesUniformTargets() {
    // sigma = 10: chi-square of the target coordinates over the n_a columns, 5 standard deviations
    int side = 50;
    Csr w = TorusWiring.wire(side, side, 100, 10, 3, "uniform");
    long[] cx = new long[side];
    long[] cy = new long[side];
    for (int t : w.target()) {
      cx[t / side]++;
      cy[t % side]++;
    }
    double expected = (double) w.synapses() / side;
    for (long[] counts : new long[][] {cx, cy}) {
      double chi2 = 0;
      for (long k : counts) {
        chi2 += (k - expected) * (k - expected) / expected;
      }
      int dof = side - 1;
      assertThat(chi2).isLessThan(dof + 5 * Math.sqrt(2.0 * dof));
    }
  }
}
