package org.knotwork.spiking.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.spiking.field.NeuralField;

/**
 * Claim: the neural-field linear stability of Huang et al. (docs/spiking.md (P9)&ndash;(P13)): the
 * leading eigenvalue 0.145777 &plusmn; 1.518867i at (&mu;_I, &sigma;_I, &tau;_I) = (0.32, 0.1, 12.5), the
 * k = 0 Hopf points 11.385 and 14.992 ms (attention moves the onset up), and the first wave onsets at
 * &sigma;_I = 0.125. Quick: the 8 &tau;_I &times; 5 &sigma;_I grid of the table per &mu;_I; full: the
 * authors' fine grid.
 */
public final class NeuralFieldEntry implements CatalogEntry {

  @Override
  public String id() {
    return "spiking-neural-field";
  }

  @Override
  public String title() {
    return "Neural field: slow inhibition destabilises k = 0, broad inhibition waves and bumps";
  }

  @Override
  public String claim() {
    return "docs/spiking.md (P13): leading eigenvalue 0.145777 +- 1.518867i at mu_I 0.32, sigma_I "
        + "0.1, tau_I 12.5 ms; Hopf tau_I* 11.385 ms (0.32) < 14.992 ms (0.50); first waves at "
        + "sigma_I 0.125: 7.904 ms (|k| 2.83), 11.794 ms (|k| 2.24)";
  }

  @Override
  public String tolerance() {
    return "eigenvalue 1e-6 relative; onsets 0.001 ms";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.QUICK
        ? "table grid: tau_I in {2.5, 5, 7.5, 10, 12.5, 15, 20, 25}, sigma_I in {0.05, 0.1, "
            + "0.125, 0.15, 0.2}, mu_I in {0.32, 0.50}"
        : "authors' grid: sigma_I = 0.05:0.0025:0.2, tau_I = 2.5:0.125:25, mu_I in {0.32, 0.50}";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public Outcome run(CatalogContext context) {
    double[] taus;
    double[] sigmas;
    if (context.full()) {
      taus = grid(2.5, 25, 0.125);
      sigmas = grid(0.05, 0.2, 0.0025);
    } else {
      taus = new double[] {2.5, 5, 7.5, 10, 12.5, 15, 20, 25};
      sigmas = new double[] {0.05, 0.1, 0.125, 0.15, 0.2};
    }
    Table.Builder scan = Table.of("neural-field-scan", "mu", "sigma", "tau", "sigmaIndex",
        "tauIndex", "maxRe", "k", "category");
    for (double mu : new double[] {0.32, 0.50}) {
      NeuralField.SteadyState s = NeuralField.huang(mu, 10, 0.1).steadyState();
      for (int a = 0; a < sigmas.length; a++) {
        for (int b = 0; b < taus.length; b++) {
          NeuralField f = NeuralField.huang(mu, taus[b], sigmas[a]);
          NeuralField.Mode m = f.leading(s);
          scan.row(mu, sigmas[a], taus[b], (long) a, (long) b, m.first().re(), m.k(),
              NeuralField.category(m));
        }
      }
    }
    NeuralField at = NeuralField.huang(0.32, 12.5, 0.1);
    NeuralField.Mode lead = at.leading(at.steadyState());
    NeuralField u = NeuralField.huang(0.32, 10, 0.125);
    NeuralField v = NeuralField.huang(0.50, 10, 0.125);
    double hu = u.hopfTauI(u.steadyState());
    double hv = v.hopfTauI(v.steadyState());
    double[] wu = u.waveOnset(2.5, 25, 0.03125);
    double[] wv = v.waveOnset(2.5, 25, 0.03125);
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.near("leading Re lambda (1/ms)", lead.first().re(), 0.145777,
        0.145777 * 1e-5));
    ms.add(Measurement.near("leading Im lambda (1/ms)", lead.first().im(), 1.518867,
        1.518867 * 1e-6));
    ms.add(Measurement.near("Hopf tau_I* at mu_I 0.32 (ms)", hu, 11.385, 0.001));
    ms.add(Measurement.near("Hopf tau_I* at mu_I 0.50 (ms)", hv, 14.992, 0.001));
    ms.add(Measurement.near("first wave onset at mu_I 0.32 (ms)", wu[0], 7.904, 0.001));
    ms.add(Measurement.near("its |k|", wu[1], Math.sqrt(8), 1e-9));
    ms.add(Measurement.near("first wave onset at mu_I 0.50 (ms)", wv[0], 11.794, 0.001));
    ms.add(Measurement.near("its |k| ", wv[1], Math.sqrt(5), 1e-9));
    Table t = scan.build();
    Table.Builder hopf = Table.of("hopf-points", "mu", "hopfTau", "waveTau", "waveK");
    hopf.row(0.32, hu, wu[0], wu[1]);
    hopf.row(0.50, hv, wv[0], wv[1]);
    return new Outcome(id(), context.variant(), ms, List.of(t, hopf.build()),
        List.of(Figure.heatmap("neural-field-scan", "Max Re lambda over (tau_I, sigma_I)",
            "neural-field-scan", "tauIndex", "sigmaIndex", "maxRe", "tau_I index",
            "sigma_I index")), List.of());
  }

  private static double[] grid(double lo, double hi, double step) {
    int n = (int) Math.round((hi - lo) / step) + 1;
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      g[k] = lo + k * step;
    }
    return g;
  }
}
