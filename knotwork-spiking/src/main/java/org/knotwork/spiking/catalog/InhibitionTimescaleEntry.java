package org.knotwork.spiking.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Study;
import org.knotwork.spiking.engine.SynapseKernel;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.study.SheetRun;
import org.knotwork.spiking.study.SpikingSpec;
import org.knotwork.spiking.study.SpikingStudy;

/**
 * Claim (docs/spiking.md &sect;2.7, &sect;2.9, &sect;9): finite spatial networks fire below the
 * large-N balanced rates (P8) in every seed, and slow inhibition (1, 15) raises the mean pairwise
 * correlation (P14) above that of fast inhibition (0.5, 1). Quick: the example network (24&sup2; E)
 * for 2 seeds, where the rate bounds are checked and the correlations reported; full: the reduced
 * scale (100&sup2; E) for 5 seeds of 3 s after 1 s burn-in, where the ordering is checked in every
 * seed and in the mean (margin 1.8, from one prototype seed: a contrary outcome is a finding).
 */
public final class InhibitionTimescaleEntry implements CatalogEntry {
  private final SpikingStudy kind;

  /** The entry of {@code kind}. */
  public InhibitionTimescaleEntry(SpikingStudy kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "spiking-inhibition-timescale";
  }

  @Override
  public String title() {
    return "Spatial balanced network: rates below the balanced limit; slow inhibition correlates";
  }

  @Override
  public String claim() {
    return "docs/spiking.md (P8), section 2.9: simulated rates lie below the large-N balanced rates "
        + "(39.06, 16.67 Hz); spatial networks with slow inhibition (1, 15) have a higher mean "
        + "correlation than with fast inhibition (0.5, 1) (reduced scale: > 1.8x)";
  }

  @Override
  public String tolerance() {
    return "rates: 0.5 Hz < rate < balanced rate in every seed; full: slow > fast correlation in "
        + "every seed and mean ratio > 1.8";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.QUICK
        ? "example network (X 6^2, E 24^2, I 12^2), dt 0.05 ms, 600 ms after 100 ms burn-in, "
            + "seeds 1-2; correlations reported only"
        : "reduced scale (X 25^2, E 100^2, I 50^2), dt 0.05 ms, 3 s after 1 s burn-in, seeds 1-5";
  }

  @Override
  public Outcome run(CatalogContext context) {
    boolean full = context.full();
    SpikingSpec base = full ? SpikingSpec.DEFAULTS.withDuration(4000, 1000)
        : SpikingSpec.EXAMPLE.withDuration(700, 100);
    int seeds = full ? 5 : 2;
    SynapseKernel[] kernels = {new SynapseKernel(0.5, 1), new SynapseKernel(1, 15)};
    String[] names = {"fast", "slow"};
    List<SpikingSpec> specs = new ArrayList<>();
    List<Callable<SheetRun>> tasks = new ArrayList<>();
    for (int s = 1; s <= seeds; s++) {
      for (SynapseKernel k : kernels) {
        SheetModel m = base.model().withInhibition(k);
        SpikingSpec spec = base.withModel(m).withSeed(s);
        specs.add(spec);
        tasks.add(() -> context.memo(spec, () -> SheetRun.run(spec, 1, x -> { }, () -> false)));
      }
    }
    List<SheetRun> runs = context.parallel(tasks);
    Table.Builder t = Table.of("inhibition-timescale", "seed", "inhibition", "rateE", "rateI",
        "meanCorrelation", "populationRateSdE");
    double maxE = 0;
    double maxI = 0;
    double minRate = Double.POSITIVE_INFINITY;
    double[] meanCorr = new double[2];
    int slowAbove = 0;
    for (int s = 0; s < seeds; s++) {
      double[] c = new double[2];
      for (int k = 0; k < 2; k++) {
        SheetRun r = runs.get(2 * s + k);
        c[k] = r.correlation() == null ? Double.NaN : r.correlation().mean();
        meanCorr[k] += c[k] / seeds;
        maxE = Math.max(maxE, r.rateE());
        maxI = Math.max(maxI, r.rateI());
        minRate = Math.min(minRate, Math.min(r.rateE(), r.rateI()));
        t.row((long) (s + 1), names[k], r.rateE(), r.rateI(), c[k], r.populationRateSdE());
      }
      slowAbove += c[1] > c[0] ? 1 : 0;
    }
    double limitE = runs.get(0).meanField().rateE();
    double limitI = runs.get(0).meanField().rateI();
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.below("largest E rate over seeds and conditions (Hz)", maxE, limitE));
    ms.add(Measurement.below("largest I rate over seeds and conditions (Hz)", maxI, limitI));
    ms.add(Measurement.above("smallest rate (Hz)", minRate, 0.5));
    double ratio = meanCorr[1] / meanCorr[0];
    if (full) {
      ms.add(Measurement.atLeast("seeds with slow > fast correlation", slowAbove, seeds));
      ms.add(Measurement.above("mean correlation slow / fast", ratio, 1.8));
    } else {
      ms.add(Measurement.info("seeds with slow > fast correlation", slowAbove));
      ms.add(Measurement.info("mean correlation slow / fast", ratio));
    }
    ms.add(Measurement.info("mean correlation, fast inhibition", meanCorr[0]));
    ms.add(Measurement.info("mean correlation, slow inhibition", meanCorr[1]));
    List<String> texts = new ArrayList<>();
    texts.add(new Study<>(kind, specs.get(0)).json());
    texts.add(new Study<>(kind, specs.get(1)).json());
    return new Outcome(id(), context.variant(), ms, List.of(t.build()),
        List.of(Figure.line("inhibition-timescale", "Mean correlation by seed", "inhibition-timescale",
            "seed", List.of("meanCorrelation"), "seed", "mean correlation")
            .groupedBy("inhibition").withStyle("line+points")), texts);
  }
}
