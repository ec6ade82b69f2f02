package org.knotwork.reservoir.esn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.linalg.CsrMatrix;

/** Notes check 6. */
class ReservoirTest {

  @ParameterizedTest
  @ValueSource(ints = {1000, 2000, 5000})
  void nonZerosAreAboutDegreeTimesSizeAndNonNegative(int n) {
    Reservoir r = Reservoir.build(new EsnConfig(n, 3, 0.1, 0.5, 1e-4, ReadoutTransform.T2, false), 8,
        Rng.of(n, "t"));
    CsrMatrix a = r.matrix();
    assertThat((double) a.nonZeros()).isBetween(0.95 * 3 * n, 1.05 * 3 * n);
    assertThat(a.minValue()).isGreaterThan(0.0);
  }

  @Test
  void spectralRadiusEqualsTheTargetToTenDigits() {
    for (double rho : new double[] {0.1, 1.2}) {
      Reservoir r = Reservoir.build(new EsnConfig(300, 6, rho, 0.1, 1e-4, ReadoutTransform.T2, false),
          3, Rng.of(4, "rho"));
      int n = r.size();
      DMatrixRMaj d = new DMatrixRMaj(n, n, true, r.matrix().toDense());
      EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
      assertThat(eig.decompose(d)).isTrue();
      double max = 0;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, eig.getEigenvalue(i).getMagnitude());
      }
      assertThat(Math.abs(max - rho)).isLessThan(1e-10 * rho);
    }
  }

  @Test
  void inputWeightsAreBlockStructured() {
    double sigma = 0.5;
    Reservoir r = Reservoir.build(new EsnConfig(2005, 3, 0.1, sigma, 1e-4, ReadoutTransform.T2, true),
        8, Rng.of(5, "w"));
    assertThat(r.size()).isEqualTo(2000); // rounded down to a multiple of K = 8
    int q = 2000 / 8;
    for (int i = 0; i < r.size(); i++) {
      assertThat(r.inputOf(i)).isEqualTo(i / q);
      assertThat(r.inputWeight(i)).isGreaterThan(-sigma).isLessThan(sigma).isNotZero();
    }
    // one non-zero per row: the update with r = 0 and u = e_k touches only block k
    double[] u = new double[8];
    u[3] = 1;
    double[] next = new double[r.size()];
    r.update(new double[r.size()], u, next);
    for (int i = 0; i < r.size(); i++) {
      if (i / q == 3) {
        assertThat(next[i]).isEqualTo(Math.tanh(r.inputWeight(i)));
      } else {
        assertThat(next[i]).isZero();
      }
    }
  }

  @Test
  void lastBlockTakesTheRemainderWithoutRounding() {
    Reservoir r = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(6, "w"));
    assertThat(r.size()).isEqualTo(100);
    assertThat(r.inputOf(32)).isZero();
    assertThat(r.inputOf(33)).isEqualTo(1);
    assertThat(r.inputOf(99)).isEqualTo(2);
  }

  @Test
  void sameSeedGivesTheSameReservoir() {
    Reservoir a = Reservoir.build(EsnConfig.hsrLorenz63(), 3, Rng.of(7, "s"));
    Reservoir b = Reservoir.build(EsnConfig.hsrLorenz63(), 3, Rng.of(7, "s"));
    assertThat(a.matrix().toDense()).containsExactly(b.matrix().toDense());
    assertThat(a.inputWeight(17)).isEqualTo(b.inputWeight(17));
  }

  @Test
  void rejectsBadConfigurationsNamingTheField() {
    assertThatThrownBy(() -> new EsnConfig(100, 0, 0.1, 0.5, 1e-4, ReadoutTransform.T1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degree");
    assertThatThrownBy(() -> new EsnConfig(100, 3, -1, 0.5, 1e-4, ReadoutTransform.T1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spectralRadius");
    assertThatThrownBy(() -> Reservoir.build(new EsnConfig(7, 3, 0.1, 0.5, 0, ReadoutTransform.T1,
        true), 8, Rng.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reservoirSize");
    // a 2-node reservoir with density 0.01 has no cycle: spectral radius 0 cannot be scaled
    assertThatThrownBy(() -> Reservoir.build(new EsnConfig(2, 0.01, 0.1, 0.5, 0,
        ReadoutTransform.NONE, false), 1, Rng.of(1, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
  }
}
