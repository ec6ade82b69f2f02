package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;

/**
 * Notes E10, the regime phase diagram: along &alpha;<sub>w</sub>/&alpha;<sub>v</sub> = 16, 4, 1, 1/4,
 * 1/16 at H = 1000 (full budgets, about 3 minutes on 2 cores), the clustering fraction, the mean knot
 * displacement and ‖f &minus; natCS‖<sub>&infin;</sub> increase and &Sigma;|&mu;| in the hull decreases.
 * Measured (seed 0): clustering 0.215, 0.247, 0.543, 0.897, 0.991; mean |&Delta;&beta;| 0.0002,
 * 0.0021, 0.0152, 0.0512, 0.0915; ‖f &minus; natCS‖<sub>&infin;</sub> 0.089, 0.094, 0.174, 0.258,
 * 0.271; &Sigma;|&mu;| 53.91, 51.82, 43.03, 36.07, 34.68.
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
      assertThat(cur.supToCubic()).isGreaterThan(prev.supToCubic());
      assertThat(cur.muMassInHull()).isLessThan(prev.muMassInHull());
    }
  }
}
