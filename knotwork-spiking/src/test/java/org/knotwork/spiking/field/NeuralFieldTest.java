package org.knotwork.spiking.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** Check 9 of the spiking notes: the neural-field scan against the table of docs/spiking.md. */
class NeuralFieldTest {

  @Test
  void steadyStatesMatchTheNotes() {
    NeuralField.SteadyState a = NeuralField.huang(0.32, 10, 0.1).steadyState();
    assertThat(a.u()[0]).isCloseTo(0.108406, within(1e-6));
    assertThat(a.u()[1]).isCloseTo(0.090545, within(1e-6));
    assertThat(a.r()[0] * 1000).isCloseTo(11.7519, within(1e-4));
    assertThat(a.r()[1] * 1000).isCloseTo(8.1984, within(1e-4));
    NeuralField.SteadyState b = NeuralField.huang(0.50, 10, 0.1).steadyState();
    assertThat(b.u()[0]).isCloseTo(0.065830, within(1e-6));
    assertThat(b.u()[1]).isCloseTo(0.068959, within(1e-6));
    assertThat(b.r()[0] * 1000).isCloseTo(4.3336, within(1e-4));
    assertThat(b.r()[1] * 1000).isCloseTo(4.7554, within(1e-4));
    // a fixed point: r = f(W r + x) to rounding
    double ue = a.u()[0];
    assertThat(Math.abs(ue * ue - a.r()[0])).isLessThan(1e-15);
  }

  @Test
  void leadingEigenvalueAtTheNotesPoint() {
    NeuralField f = NeuralField.huang(0.32, 12.5, 0.1);
    NeuralField.SteadyState s = f.steadyState();
    NeuralField.Mode m = f.leading(s);
    assertThat(m.k()).isZero();
    assertThat(m.complex()).isTrue();
    assertThat(m.first().re()).isCloseTo(0.145777, within(0.145777 * 1e-5));
    assertThat(m.first().im()).isCloseTo(1.518867, within(1.518867 * 1e-6));
    assertThat(f.mode(s, 1).first().re()).isCloseTo(0.0946, within(1e-4));
    assertThat(f.mode(s, Math.sqrt(2)).first().re()).isCloseTo(0.0526, within(1e-4));
  }

  @Test
  void closedFormEigenvaluesAgreeWithEjml() {
    for (double mu : new double[] {0.32, 0.5}) {
      for (double tau : new double[] {2.5, 7.5, 12.5, 25}) {
        for (double sig : new double[] {0.05, 0.125, 0.2}) {
          NeuralField f = NeuralField.huang(mu, tau, sig);
          NeuralField.SteadyState s = f.steadyState();
          for (double k : NeuralField.WAVE_NUMBERS) {
            double[][] j = f.jacobian(s, k);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, false);
            assertThat(eig.decompose(new DMatrixRMaj(j))).isTrue();
            double maxRe = Double.NEGATIVE_INFINITY;
            double imAtMax = 0;
            for (int q = 0; q < 2; q++) {
              Complex_F64 c = eig.getEigenvalue(q);
              if (c.real > maxRe) {
                maxRe = c.real;
                imAtMax = Math.abs(c.imaginary);
              }
            }
            NeuralField.Mode m = f.mode(s, k);
            double scale = Math.max(1, Math.abs(maxRe));
            assertThat(m.first().re()).isCloseTo(maxRe, within(1e-12 * scale));
            assertThat(Math.abs(m.first().im())).isCloseTo(imAtMax, within(1e-9 * scale));
          }
        }
      }
    }
  }

  @Test
  void hopfPointsAndWaveOnsets() {
    NeuralField a = NeuralField.huang(0.32, 10, 0.125);
    NeuralField b = NeuralField.huang(0.50, 10, 0.125);
    double ta = a.hopfTauI(a.steadyState());
    double tb = b.hopfTauI(b.steadyState());
    assertThat(ta).isCloseTo(11.385, within(0.001));
    assertThat(tb).isCloseTo(14.992, within(0.001));
    // at the Hopf point the k = 0 pair is complex with zero real part
    NeuralField.Mode h = a.withTauI(ta).mode(a.steadyState(), 0);
    assertThat(h.complex()).isTrue();
    assertThat(h.first().re()).isCloseTo(0, within(1e-12));
    double[] wa = a.waveOnset(2.5, 25, 0.03125);
    double[] wb = b.waveOnset(2.5, 25, 0.03125);
    assertThat(wa[0]).isCloseTo(7.904, within(0.001));
    assertThat(wa[1]).isCloseTo(Math.sqrt(8), within(1e-12));
    assertThat(wb[0]).isCloseTo(11.794, within(0.001));
    assertThat(wb[1]).isCloseTo(Math.sqrt(5), within(1e-12));
    NeuralField.SteadyState sa = a.steadyState();
    NeuralField.SteadyState sb = b.steadyState();
    assertThat(a.bisect(sa, 2, 2.5, 25)).isCloseTo(8.398, within(0.001));
    assertThat(b.bisect(sb, 2, 2.5, 25)).isCloseTo(11.941, within(0.001));
  }

  private static final double[] TAUS = {2.5, 5, 7.5, 10, 12.5, 15, 20, 25};

  /** The table of docs/spiking.md (P13): rows (mu, sigma list, cells). */
  private static final Object[][] TABLE = {
      {0.32, new double[] {0.05, 0.075, 0.1}, "S S S S O.146 O.394 O.704 O.890"},
      {0.32, new double[] {0.125}, "S S S W2.110 W1.41.247 W1.404 O.704 O.890"},
      {0.32, new double[] {0.15}, "B3.160 B2.83.240 B2.83.312 B2.24.438 B2.24.605 B2.739 B2.922 "
          + "B1.41 1.25"},
      {0.32, new double[] {0.2}, "B2.24.800 B2.985 B2 1.11 B2 1.17 B1.41 1.28 B1.41 1.44 "
          + "B1.41 1.63 B1.41 1.73"},
      {0.5, new double[] {0.05, 0.075, 0.1}, "S S S S S O.0005 O.239 O.382"},
      {0.5, new double[] {0.125}, "S S S S W2.017 W1.41.080 O.239 O.382"},
      {0.5, new double[] {0.15}, "B3.016 B3.023 B3.033 W2.095 W2.152 W1.41.198 B2.24.307 B2.430"},
      {0.5, new double[] {0.2}, "B2.24.384 B2.453 B2.540 B2.590 B2.621 B2.643 B1.41.788 "
          + "B1.41.883"}};

  /** Cells "S", or a category and a value: "B2.24.800" = B2.24 and .800; "B2 1.11" = B2 and 1.11. */
  private static List<String[]> cells(String row) {
    List<String[]> out = new ArrayList<>();
    String[] t = row.split(" ");
    for (int q = 0; q < t.length; q++) {
      String c = t[q];
      if (c.equals("S")) {
        out.add(new String[] {"S", "0"});
        continue;
      }
      int dot = c.lastIndexOf('.');
      String cat;
      String val;
      if (q + 1 < t.length && t[q + 1].matches("\\d+\\.\\d+")) {
        cat = c;
        val = t[++q];
      } else {
        cat = c.substring(0, dot);
        val = "0" + c.substring(dot);
      }
      out.add(new String[] {cat, val});
    }
    return out;
  }

  @Test
  void everyCategoryOfTheTable() {
    int checked = 0;
    for (Object[] row : TABLE) {
      double mu = (double) row[0];
      List<String[]> cells = cells((String) row[2]);
      assertThat(cells).hasSize(TAUS.length);
      for (double sig : (double[]) row[1]) {
        for (int c = 0; c < TAUS.length; c++) {
          NeuralField f = NeuralField.huang(mu, TAUS[c], sig);
          NeuralField.Mode m = f.leading(f.steadyState());
          String want = cells.get(c)[0];
          double value = Double.parseDouble(cells.get(c)[1]);
          String where = "mu=" + mu + " sigma=" + sig + " tau=" + TAUS[c];
          if (Math.abs(m.first().re()) < 1e-3) {
            continue; // marginal cell: never asserted
          }
          assertThat(NeuralField.category(m)).as(where).isEqualTo(want);
          if (!want.equals("S")) {
            // printed to 3 significant figures (2 for values >= 1)
            double tol = value >= 1 ? 0.005 : 0.0005;
            assertThat(m.first().re()).as(where).isCloseTo(value, within(tol + 1e-12));
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(93); // 96 cells less the 3 marginal ones
  }
}
