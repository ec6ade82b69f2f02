package org.knotwork.experiment.catalog;

import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Dataset;
import org.knotwork.data.Target;
import org.knotwork.landscape.Atlas;
import org.knotwork.landscape.AtlasOptions;
import org.knotwork.landscape.AtlasRun;
import org.knotwork.landscape.ClassificationTolerances;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;

/** The notes' fixtures and shared training runs that several entries use. */
final class Fixtures {
  private Fixtures() {}

  /** Fixture A/B parameters (notes &sect;4): w = (1, &minus;2, 0.5), b = (0.5, 1, &minus;0.125), v = (2, &minus;1, 1.5), c = 0.25. */
  static NetworkParams netAB() {
    return new NetworkParams(new double[] {1, -2, 0.5}, new double[] {0.5, 1, -0.125},
        new double[] {2, -1, 1.5}, 0.25);
  }

  /** Fixture B's data (notes &sect;4): x = (&minus;1.5, &minus;1, 0, 1, 1.5), y = f<sub>&theta;</sub>(x). */
  static Dataset dataB() {
    double[] x = {-1.5, -1, 0, 1, 1.5};
    double[] y = new double[x.length];
    NetworkParams p = netAB();
    for (int i = 0; i < x.length; i++) {
      y[i] = p.value(x[i]);
    }
    return new Dataset(x, y);
  }

  /** The E6 data set (notes &sect;7): N = 40 noisy points of sin 3x on [&minus;1, 1] (noise 0.1, seed 0). */
  static Dataset dataE6() {
    return new DataSpec(Target.SIN3, 40, -1, 1, true, 0.1, 0).generate();
  }

  /**
   * The E6 trained minimum: H = 4 from PyTorch's default init of seed 8, gradient descent (&eta; = 0.1)
   * to &Vert;&nabla;L&Vert; &le; 10<sup>&minus;6</sup> or 20000 steps, then a Newton polish in spline
   * coordinates (the landscape package's atlas), memoised per catalog run.
   */
  static AtlasRun e6Minimum(CatalogContext context) {
    return context.memo("fixtures/e6-minimum", () -> {
      AtlasOptions o = new AtlasOptions(4, 1, 8, 0.1, 20_000, 1e-2, 1e-3,
          ClassificationTolerances.defaults(), 1e-6);
      return Atlas.explore(SweepLoss.of(dataE6()), o).runs().get(0);
    });
  }
}
