package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;

/**
 * Notes E10, the regime phase diagram: along &alpha;<sub>w</sub>/&alpha;<sub>v</sub> = 16, 4, 1, 1/4,
 * 1/16 at H = 1000 (full budgets, about 1.5 minutes on 2 cores), the clustering fraction, the mean
 * knot displacement and ‖f &minus; natCS‖<sub>&infin;</sub> increase and &Sigma;|&mu;| in the hull
 * decreases. Measured (seed 0, {@code knotwork regime --ratios 16,4,1,0.25,0.0625}): clustering 0.198,
 * 0.244, 0.576, 0.891, 0.978; mean |&Delta;&beta;| 0.0002, 0.0024, 0.0165, 0.0474, 0.0858; ‖f &minus;
 * natCS‖<sub>&infin;</sub> 0.123, 0.108, 0.206, 0.263, 0.272; &Sigma;|&mu;| 54.61, 51.89, 42.58,
 * 36.35, 34.99.
 *
 * <p>At the kernel end ‖f &minus; natCS‖<sub>&infin;</sub> is the distance of the finite-width
 * kernel's own regression, which varies by seed (0.123, 0.069, 0.081 for seeds 0, 1, 2) more than
 * the step 16 &rarr; 4 (0.108, 0.093, 0.069), so that one step is not asserted; the catalog's
 * {@code phase-diagram} entry reports it on the mean of three seeds.
 */
@Tag("slow")
class RegimeSweepSlowTest {

  @Test
  void orderParametersAreMonotoneAlongTheSweep() {
    double[][] points = {{4, 0.25}, {2, 0.5}, {1, 1}, {0.5, 2}, {0.25, 4}};
    List<RegimeSpec> specs = new ArrayList<>();
    for (double[] p : points) {
      specs.add(RegimeSpec.notes(p[0], p[1], 0));
    }
    List<RegimeResult> results = RegimeExperiment.sweep(Dataset.wiggly8(), specs);
    for (int k = 1; k < results.size(); k++) {
      OrderParameters prev = results.get(k - 1).order();
      OrderParameters cur = results.get(k).order();
      assertThat(cur.muMassNearData()).isGreaterThan(prev.muMassNearData());
      assertThat(cur.meanKnotDisplacement()).isGreaterThan(prev.meanKnotDisplacement());
      if (k >= 2) {
        assertThat(cur.supToCubic()).isGreaterThan(prev.supToCubic());
      }
      assertThat(cur.muMassInHull()).isLessThan(prev.muMassInHull());
    }
  }
}
