package org.knotwork.spiking.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.knotwork.common.random.Rng;
import org.knotwork.spiking.analysis.BalancedMeanField;
import org.knotwork.spiking.analysis.DistanceCorrelation;
import org.knotwork.spiking.analysis.FactorAnalysis;
import org.knotwork.spiking.analysis.SpikeCounts;
import org.knotwork.spiking.engine.Simulator;
import org.knotwork.spiking.engine.SpikeRecord;
import org.knotwork.spiking.network.SheetNetwork;
import org.knotwork.spiking.network.TorusWiring;

/**
 * One simulation of a {@link SpikingSpec} and its measurements (no I/O): the spike record, rates,
 * the E population rate in 1 ms bins, the correlation profile of a centre sample of E cells, their
 * Fano factor, and the factor-analysis spectrum when the run is long enough (docs/spiking.md (P14),
 * (P15)).
 *
 * @param spec the spec
 * @param steps the spike steps
 * @param ids the spike ids (E cells 0 ... N_E &minus; 1, then I cells)
 * @param rateE mean E rate after burn-in (Hz)
 * @param rateI mean I rate after burn-in (Hz)
 * @param cellRates rate of every cell after burn-in (Hz), by global id
 * @param populationRate E and I population rates per 1 ms bin after burn-in, [bin][2] (Hz)
 * @param sample the sampled E cells (global ids, ascending)
 * @param sampleCounts counts of the sampled cells in bins of recording.countBin
 * @param correlation the correlation profile of the sample
 * @param fano mean count Fano factor of the kept sample cells at the boxcar window
 * @param faEigenvalues eigenvalues of L L&#7488; of a 5-factor fit (fewer factors for fewer than 6
 *     cells), descending, or empty when the run
 *     has fewer count bins than twice recording.faCells
 * @param meanField the balanced-state report of the model
 * @param events synaptic events delivered
 * @param completed false when the run was cancelled before its last step
 */
public record SheetRun(SpikingSpec spec, long[] steps, int[] ids, double rateE, double rateI,
    double[] cellRates, double[][] populationRate, int[] sample, double[][] sampleCounts,
    DistanceCorrelation correlation, double fano, double[] faEigenvalues,
    BalancedMeanField meanField, long events, boolean completed) {

  /** Runs the spec on {@code threads} threads (same result at any count). */
  public static SheetRun run(SpikingSpec spec, int threads, DoubleConsumer progress,
      BooleanSupplier cancelled) {
    SheetNetwork net = SheetNetwork.build(spec.model(), spec.seed());
    SpikeRecord rec = new SpikeRecord(spec.recording().maxSpikes());
    long total = spec.steps();
    boolean done = true;
    long events;
    try (Simulator sim = new Simulator(net.network(), spec.dt(), threads, spec.strictExp(), rec)) {
      long chunk = Math.max(1, total / 100);
      while (sim.currentStep() < total) {
        if (cancelled.getAsBoolean()) {
          done = false;
          break;
        }
        sim.run(Math.min(chunk, total - sim.currentStep()), null);
        progress.accept((double) sim.currentStep() / total);
      }
      events = sim.deliveredEvents();
    }
    return measure(spec, net, rec.steps(), rec.ids(), events, done);
  }

  static SheetRun measure(SpikingSpec spec, SheetNetwork net, long[] steps, int[] ids,
      long events, boolean completed) {
    int ne = net.excitatory().size();
    int ni = net.inhibitory().size();
    int n = ne + ni;
    long first = spec.firstMeasuredStep();
    long last = spec.steps();
    double seconds = (last - first + 1) * spec.dt() / 1000;
    double[] rates = new double[n];
    int msSteps = Math.max(1, (int) Math.round(1.0 / spec.dt()));
    int msBins = (int) ((last - first + 1) / msSteps);
    double[][] pop = new double[msBins][2];
    for (int k = 0; k < steps.length; k++) {
      if (steps[k] < first) {
        continue;
      }
      rates[ids[k]] += 1 / seconds;
      int b = (int) ((steps[k] - first) / msSteps);
      if (b < msBins) {
        pop[b][ids[k] < ne ? 0 : 1] += 1000.0 / (msSteps * spec.dt()) / (ids[k] < ne ? ne : ni);
      }
    }
    double re = 0;
    for (int j = 0; j < ne; j++) {
      re += rates[j] / ne;
    }
    double ri = 0;
    for (int j = ne; j < n; j++) {
      ri += rates[j] / ni;
    }
    // centre sample of E cells
    int side = spec.model().sideE();
    List<Integer> centre = new ArrayList<>();
    for (int j = 0; j < ne; j++) {
      double[] p = TorusWiring.position(j, side);
      if (p[0] >= 0.25 && p[0] <= 0.75 && p[1] >= 0.25 && p[1] <= 0.75) {
        centre.add(j);
      }
    }
    int[] perm = Rng.of(spec.seed(), "sample").permutation(centre.size());
    int take = Math.min(spec.recording().sampleCells(), centre.size());
    int[] sample = new int[take];
    for (int k = 0; k < take; k++) {
      sample[k] = centre.get(perm[k]);
    }
    Arrays.sort(sample);
    double[][] ms = SpikeCounts.counts(steps, ids, sample, first, msSteps, msBins, n);
    double[] x = new double[take];
    double[] y = new double[take];
    for (int k = 0; k < take; k++) {
      double[] p = TorusWiring.position(sample[k], side);
      x[k] = p[0];
      y[k] = p[1];
    }
    Recording r = spec.recording();
    int window = (int) Math.round(r.window() / (msSteps * spec.dt()));
    DistanceCorrelation dc = null;
    double fano = Double.NaN;
    if (window >= 1 && window <= msBins) {
      dc = DistanceCorrelation.of(ms, x, y, msSteps * spec.dt(), window, r.minRate(),
          r.distanceBin(), 0.5);
      double f = 0;
      int kept = 0;
      for (double[] c : ms) {
        double rate = SpikeCounts.mean(c) * 1000 / (msSteps * spec.dt());
        if (rate >= r.minRate()) {
          f += SpikeCounts.fano(SpikeCounts.movingSum(c, window));
          kept++;
        }
      }
      fano = kept > 0 ? f / kept : Double.NaN;
    }
    int countSteps = Math.max(1, (int) Math.round(r.countBin() / spec.dt()));
    int countBins = (int) ((last - first + 1) / countSteps);
    double[][] counts = SpikeCounts.counts(steps, ids, sample, first, countSteps, countBins, n);
    double[] fa = faSpectrum(spec, steps, ids, sample, first, n, ms, msSteps);
    return new SheetRun(spec, steps, ids, re, ri, rates, pop, sample, counts, dc, fano, fa,
        BalancedMeanField.of(spec.model()), events, completed);
  }

  /** The factor spectrum of the first faCells active sample cells in faBin counts, if long enough. */
  private static double[] faSpectrum(SpikingSpec spec, long[] steps, int[] ids, int[] sample,
      long first, int n, double[][] ms, int msSteps) {
    Recording r = spec.recording();
    int faSteps = Math.max(1, (int) Math.round(r.faBin() / spec.dt()));
    int bins = (int) ((spec.steps() - first + 1) / faSteps);
    List<Integer> active = new ArrayList<>();
    for (int k = 0; k < sample.length && active.size() < r.faCells(); k++) {
      double rate = SpikeCounts.mean(ms[k]) * 1000 / (msSteps * spec.dt());
      if (rate >= r.minRate()) {
        active.add(sample[k]);
      }
    }
    if (active.size() < r.faCells() || bins < 2 * r.faCells()) {
      return new double[0];
    }
    int[] cells = active.stream().mapToInt(Integer::intValue).toArray();
    double[][] c = SpikeCounts.counts(steps, ids, cells, first, faSteps, bins, n);
    double[][] data = new double[bins][cells.length];
    for (int b = 0; b < bins; b++) {
      for (int k = 0; k < cells.length; k++) {
        data[b][k] = c[k][b];
      }
    }
    int q = Math.min(5, cells.length - 1);
    double[] eig = FactorAnalysis.fit(data, q, 1e-8, 2000).sharedEigenvalues();
    return Arrays.copyOf(eig, q);
  }

  /** SD over 1 ms bins of the E population rate (Hz). */
  public double populationRateSdE() {
    double[] e = new double[populationRate.length];
    for (int b = 0; b < e.length; b++) {
      e[b] = populationRate[b][0];
    }
    return e.length > 1 ? Math.sqrt(SpikeCounts.variance(e)) : 0;
  }
}
