package org.knotwork.reservoir.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PerronRootTest {

  static double denseSpectralRadius(CsrMatrix a) {
    int n = a.rows();
    DMatrixRMaj d = new DMatrixRMaj(n, n, true, a.toDense());
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
    assertThat(eig.decompose(d)).isTrue();
    double max = 0;
    for (int i = 0; i < n; i++) {
      Complex_F64 ev = eig.getEigenvalue(i);
      max = Math.max(max, ev.getMagnitude());
    }
    return max;
  }

  static CsrMatrix randomSparse(int n, double p, Random r) {
    int[] start = new int[n + 1];
    List<Integer> cols = new ArrayList<>();
    List<Double> vals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (r.nextDouble() < p) {
          cols.add(j);
          vals.add(r.nextDouble());
        }
      }
      start[i + 1] = cols.size();
    }
    return new CsrMatrix(n, n, start, cols.stream().mapToInt(Integer::intValue).toArray(),
        vals.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void matchesDenseEigenvaluesOfSparseNonNegativeMatrices(int seed) {
    CsrMatrix a = randomSparse(250, 3.0 / 250, new Random(seed));
    PerronRoot root = PerronRoot.of(a, 1e-15, 200_000);
    double ref = denseSpectralRadius(a);
    assertThat(root.converged()).isTrue();
    assertThat(Math.abs(root.radius() - ref) / ref).isLessThan(1e-10);
  }

  @Test
  void handlesPeriodicMatricesWherePlainPowerIterationOscillates() {
    // a 2-cycle 0 <-> 1 with weights 2 and 8: eigenvalues +-4
    CsrMatrix a = new CsrMatrix(2, 2, new int[] {0, 1, 2}, new int[] {1, 0}, new double[] {2, 8});
    assertThat(PerronRoot.of(a, 1e-15, 10_000).radius()).isCloseTo(4.0,
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void nilpotentMatrixHasRadiusZero() {
    CsrMatrix dag = new CsrMatrix(3, 3, new int[] {0, 1, 2, 2}, new int[] {1, 2}, new double[] {5, 7});
    PerronRoot r = PerronRoot.of(dag, 1e-15, 100);
    assertThat(r.radius()).isZero();
    assertThat(r.iterations()).isZero();
  }

  @Test
  void rejectsNegativeEntries() {
    CsrMatrix a = new CsrMatrix(1, 1, new int[] {0, 1}, new int[] {0}, new double[] {-1});
    assertThatThrownBy(() -> PerronRoot.of(a, 1e-12, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
  }
}
