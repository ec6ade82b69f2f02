package org.knotwork.spiking.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.spiking.engine.PoissonSource;
import org.knotwork.spiking.network.TorusWiring;

/**
 * Check 17 of the spiking notes: sources and analyses on synthetic data with known answers (Poisson
 * statistics, zero correlation of independent trains, a planted factor).
 */
class SyntheticAnalysisTest {

  @Test
  void poissonLayerRateAndIsiCv() {
    // 2500 cells x 10 s at dt = 0.1 ms: rate within 2% of 10 Hz (standard error 0.2%), ISI CV
    // within 0.03 of 1 (standard error of the pooled CV about 0.003)
    int n = 2500;
    double dt = 0.1;
    PoissonSource p = new PoissonSource("X", n, 10, 4, "poisson/X");
    long[] last = new long[n];
    java.util.Arrays.fill(last, -1);
    double sum = 0;
    double sum2 = 0;
    long isis = 0;
    long spikes = 0;
    for (long s = 1; s <= 100_000; s++) {
      p.emit(s, dt);
      for (int k = 0; k < p.spikes().size(); k++) {
        int j = p.spikes().get(k);
        spikes++;
        if (last[j] >= 0) {
          double isi = (s - last[j]) * dt;
          sum += isi;
          sum2 += isi * isi;
          isis++;
        }
        last[j] = s;
      }
    }
    double rate = spikes / (n * 10.0);
    assertThat(rate).isCloseTo(10, within(0.2));
    double mean = sum / isis;
    double cv = Math.sqrt(sum2 / isis - mean * mean) / mean;
    assertThat(cv).isCloseTo(1, within(0.03));
  }

  @Test
  void independentTrainsAreUncorrelatedAtEveryDistanceWithUnitFano() {
    // 18 x 18 Poisson cells, 40 s of 1 ms counts; per-bin standard error about 0.003
    int side = 18;
    int n = side * side;
    int bins = 40_000;
    PoissonSource p = new PoissonSource("X", n, 10, 9, "poisson/X");
    double[][] counts = new double[n][bins];
    for (int b = 0; b < bins; b++) {
      p.emit(b + 1, 1.0);
      for (int k = 0; k < p.spikes().size(); k++) {
        counts[p.spikes().get(k)][b]++;
      }
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int j = 0; j < n; j++) {
      double[] pos = TorusWiring.position(j, side);
      x[j] = pos[0];
      y[j] = pos[1];
    }
    DistanceCorrelation dc = DistanceCorrelation.of(counts, x, y, 1, 200, 2, 0.025, 0.5);
    assertThat(dc.cellsKept()).isEqualTo(n);
    int nonEmpty = 0;
    for (int k = 0; k < dc.pairs().length; k++) {
      if (dc.pairs()[k] > 0) {
        nonEmpty++;
        assertThat(Math.abs(dc.meanCorrelation()[k])).as("bin " + k).isLessThan(0.01);
      }
    }
    assertThat(nonEmpty).isGreaterThanOrEqualTo(15);
    double fano = 0;
    for (double[] c : counts) {
      fano += SpikeCounts.fano(SpikeCounts.movingSum(c, 200)) / n;
    }
    assertThat(fano).isCloseTo(1, within(0.05));
  }

  private static int poisson(Rng r, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double prod = r.uniform();
    while (prod > l) {
      k++;
      prod *= r.uniform();
    }
    return k;
  }

  @Test
  void factorAnalysisRecoversAPlantedFactor() {
    int p = 50;
    int n = 2000;
    Rng r = Rng.of(1, "planted");
    double[] load = new double[p];
    for (int i = 0; i < p; i++) {
      load[i] = r.uniform(0.5, 2);
    }
    double[][] data = new double[n][p];
    for (int t = 0; t < n; t++) {
      double z = r.gaussian();
      for (int i = 0; i < p; i++) {
        data[t][i] = poisson(r, Math.max(10 + load[i] * z, 0));
      }
    }
    FactorAnalysis fa = FactorAnalysis.fit(data, 1, 1e-9, 2000);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < p; i++) {
      dot += fa.loading()[i][0] * load[i];
      na += fa.loading()[i][0] * fa.loading()[i][0];
      nb += load[i] * load[i];
    }
    double cosine = Math.abs(dot) / Math.sqrt(na * nb);
    assertThat(cosine).isGreaterThan(0.95);
    // the shared eigenvalue is |L|^2, close to the planted |l|^2 (sampling error of a few percent)
    assertThat(fa.sharedEigenvalues()[0]).isCloseTo(na, within(1e-9 * na));
    assertThat(na / nb).isCloseTo(1, within(0.15));
    assertThat(FactorAnalysis.crossValidatedDimension(data, 5)).isEqualTo(1);
    // private variances near the Poisson variance 10
    double psi = 0;
    for (double v : fa.psi()) {
      psi += v / p;
    }
    assertThat(psi).isCloseTo(10, within(1.0));
  }

  @Test
  void emIncreasesTheLikelihoodAndMatchesTheSampleCovarianceWhenSaturated() {
    // with q = p - 1 factors on Gaussian data the model is nearly saturated: the fitted covariance
    // is close to the sample covariance; and EM never lowers the likelihood
    Rng r = Rng.of(2, "gauss");
    double[][] data = new double[400][4];
    for (double[] row : data) {
      double z = r.gaussian();
      for (int i = 0; i < 4; i++) {
        row[i] = z * (i + 1) + r.gaussian();
      }
    }
    double ll1 = FactorAnalysis.fit(data, 1, 0, 5).logLikelihood();
    double ll2 = FactorAnalysis.fit(data, 1, 0, 50).logLikelihood();
    assertThat(ll2).isGreaterThanOrEqualTo(ll1 - 1e-12);
    FactorAnalysis fa = FactorAnalysis.fit(data, 1, 1e-12, 10_000);
    // loading proportional to (1, 2, 3, 4)
    double[] l = new double[4];
    for (int i = 0; i < 4; i++) {
      l[i] = Math.abs(fa.loading()[i][0]);
    }
    for (int i = 0; i < 4; i++) {
      assertThat(l[i] / l[0]).isCloseTo(i + 1, within(0.2 * (i + 1)));
    }
  }
}
