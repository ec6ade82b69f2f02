package org.knotwork.spiking.study;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.spiking.analysis.DistanceCorrelation;
import org.knotwork.spiking.catalog.SpikingEntries;
import org.knotwork.spiking.engine.SynapseKernel;
import org.knotwork.spiking.network.Block;
import org.knotwork.spiking.network.Pair;
import org.knotwork.spiking.network.SheetModel;

/**
 * The {@code spiking} study kind: one two-layer spatial E/I network of Huang et al.
 * (docs/spiking.md &sect;2) simulated by the engine of (P3). Result files (the format is in
 * docs/spiking.md &sect;8):
 * <ul>
 *   <li>{@code spikes.npy}: int64 (n, 2), rows (step, id) in engine order (steps ascending, ids
 *       ascending within a step); ids 0 ... N_E &minus; 1 are E cells, then I cells; cell j of a
 *       grid of side n sits at (&lfloor;j/n&rfloor; + 1, j mod n + 1)/n on the sheet; time = step &times; dt;</li>
 *   <li>{@code rates.npy}: float64 (N,), each cell's rate after burn-in (Hz);</li>
 *   <li>{@code population_rate.npy}: float64 (bins, 2), E and I population rates per 1 ms bin;</li>
 *   <li>{@code sample_cells.npy}: int64, the sampled centre E cells; {@code sample_counts.npy}: int64
 *       (cells, bins) their counts in bins of recording.countBin ms after burn-in;</li>
 *   <li>{@code correlation.csv}: distance bin centre, mean correlation, pairs (bins with pairs);</li>
 *   <li>{@code summary.json}: metrics, the balanced mean field, the layout.</li>
 * </ul>
 */
public final class SpikingStudy implements StudyKind<SpikingSpec> {
  /** The kind's name. */
  public static final String NAME = "spiking";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "spatial E/I spiking network (Huang et al. 2019): rates, correlations vs distance, FA";
  }

  @Override
  public Class<SpikingSpec> specType() {
    return SpikingSpec.class;
  }

  @Override
  public SpikingSpec defaults() {
    return SpikingSpec.DEFAULTS;
  }

  @Override
  public SpikingSpec example() {
    return SpikingSpec.EXAMPLE;
  }

  @Override
  public long seed(SpikingSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 60;
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return SpikingEntries.all(this);
  }

  // ---- reading

  @Override
  public SpikingSpec read(SpecNode root) {
    SpikingSpec d = SpikingSpec.DEFAULTS;
    long seed = root.longInteger("seed", d.seed());
    double dt = root.number("dt", d.dt());
    double duration = root.number("duration", d.duration());
    double burnIn = root.number("burnIn", d.burnIn());
    boolean strict = root.bool("strictExp", d.strictExp());
    SheetModel model = readModel(root.object("input"), root.object("layer"), d.model());
    Recording recording = readRecording(root.object("recording"), d.recording());
    root.finish();
    return root.build(null, () -> new SpikingSpec(seed, dt, duration, burnIn, strict, model,
        recording));
  }

  private static SheetModel readModel(SpecNode in, SpecNode layer, SheetModel d) {
    int inputSide = positive(in, "side", d.inputSide());
    double rate = in.number("rate", d.inputRate());
    if (!(rate > 0)) {
      throw in.error("rate", "must be positive (Hz), got " + rate);
    }
    SynapseKernel inputKernel = kernel(in, d.inputKernel());
    in.finish();
    int sideE = positive(layer, "sideE", d.sideE());
    int sideI = positive(layer, "sideI", d.sideI());
    Block p = block(layer.object("p"), d.p(), true);
    Block w = block(layer.object("weight"), d.weight(), false);
    Block sigma = block(layer.object("sigma"), d.sigma(), false);
    Pair pIn = pair(layer.object("pIn"), d.pIn(), true);
    Pair wIn = pair(layer.object("weightIn"), d.weightIn(), false);
    Pair sigmaIn = pair(layer.object("sigmaIn"), d.sigmaIn(), false);
    SpecNode ke = layer.object("kernelE");
    SynapseKernel kernelE = kernel(ke, d.kernelE());
    ke.finish();
    SpecNode ki = layer.object("kernelI");
    SynapseKernel kernelI = kernel(ki, d.kernelI());
    ki.finish();
    Pair drive = pair(layer.object("drive"), d.drive(), false);
    checkWidths(layer, "sigma", sigma.ee(), sigma.ei(), sigma.ie(), sigma.ii());
    checkWidths(layer, "sigmaIn", sigmaIn.e(), sigmaIn.i());
    layer.finish();
    return new SheetModel(inputSide, rate, inputKernel, sideE, sideI, p, w, sigma, pIn, wIn,
        sigmaIn, kernelE, kernelI, drive);
  }

  private static void checkWidths(SpecNode node, String name, double... s) {
    for (double x : s) {
      if (x < 0) {
        throw node.error(name, "widths must be >= 0, got " + x);
      }
    }
  }

  private static int positive(SpecNode n, String name, int dflt) {
    int v = n.integer(name, dflt);
    if (v < 1 || v > 4096) {
      throw n.error(name, "must be a grid side in [1, 4096], got " + v);
    }
    return v;
  }

  private static SynapseKernel kernel(SpecNode n, SynapseKernel d) {
    double rise = n.number("rise", d.tauRise());
    double decay = n.number("decay", d.tauDecay());
    if (!(rise > 0)) {
      throw n.error("rise", "must be a positive time (ms), got " + rise);
    }
    if (!(decay > 0)) {
      throw n.error("decay", "must be a positive time (ms), got " + decay);
    }
    return new SynapseKernel(rise, decay);
  }

  private static double entry(SpecNode n, String name, double dflt, boolean probability) {
    double v = n.number(name, dflt);
    if (probability && (v < 0 || v > 1)) {
      throw n.error(name, "must be a probability in [0, 1], got " + v);
    }
    return v;
  }

  private static Block block(SpecNode n, Block d, boolean probability) {
    Block b = new Block(entry(n, "ee", d.ee(), probability), entry(n, "ei", d.ei(), probability),
        entry(n, "ie", d.ie(), probability), entry(n, "ii", d.ii(), probability));
    n.finish();
    return b;
  }

  private static Pair pair(SpecNode n, Pair d, boolean probability) {
    Pair p = new Pair(entry(n, "e", d.e(), probability), entry(n, "i", d.i(), probability));
    n.finish();
    return p;
  }

  private static Recording readRecording(SpecNode n, Recording d) {
    long maxSpikes = n.longInteger("maxSpikes", d.maxSpikes());
    double countBin = n.number("countBin", d.countBin());
    int sampleCells = n.integer("sampleCells", d.sampleCells());
    double minRate = n.number("minRate", d.minRate());
    double window = n.number("window", d.window());
    double distanceBin = n.number("distanceBin", d.distanceBin());
    int faCells = n.integer("faCells", d.faCells());
    double faBin = n.number("faBin", d.faBin());
    n.finish();
    return n.build(null, () -> new Recording(maxSpikes, countBin, sampleCells, minRate, window,
        distanceBin, faCells, faBin));
  }

  // ---- writing

  @Override
  public ObjectNode write(SpikingSpec s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("seed", s.seed());
    o.put("dt", s.dt());
    o.put("duration", s.duration());
    o.put("burnIn", s.burnIn());
    o.put("strictExp", s.strictExp());
    SheetModel m = s.model();
    ObjectNode in = o.putObject("input");
    in.put("side", m.inputSide());
    in.put("rate", m.inputRate());
    in.put("rise", m.inputKernel().tauRise());
    in.put("decay", m.inputKernel().tauDecay());
    ObjectNode l = o.putObject("layer");
    l.put("sideE", m.sideE());
    l.put("sideI", m.sideI());
    putBlock(l.putObject("p"), m.p());
    putBlock(l.putObject("weight"), m.weight());
    putBlock(l.putObject("sigma"), m.sigma());
    putPair(l.putObject("pIn"), m.pIn());
    putPair(l.putObject("weightIn"), m.weightIn());
    putPair(l.putObject("sigmaIn"), m.sigmaIn());
    ObjectNode ke = l.putObject("kernelE");
    ke.put("rise", m.kernelE().tauRise());
    ke.put("decay", m.kernelE().tauDecay());
    ObjectNode ki = l.putObject("kernelI");
    ki.put("rise", m.kernelI().tauRise());
    ki.put("decay", m.kernelI().tauDecay());
    putPair(l.putObject("drive"), m.drive());
    Recording r = s.recording();
    ObjectNode rec = o.putObject("recording");
    rec.put("maxSpikes", r.maxSpikes());
    rec.put("countBin", r.countBin());
    rec.put("sampleCells", r.sampleCells());
    rec.put("minRate", r.minRate());
    rec.put("window", r.window());
    rec.put("distanceBin", r.distanceBin());
    rec.put("faCells", r.faCells());
    rec.put("faBin", r.faBin());
    return o;
  }

  private static void putBlock(ObjectNode o, Block b) {
    o.put("ee", b.ee());
    o.put("ei", b.ei());
    o.put("ie", b.ie());
    o.put("ii", b.ii());
  }

  private static void putPair(ObjectNode o, Pair p) {
    o.put("e", p.e());
    o.put("i", p.i());
  }

  // ---- running

  @Override
  public StudyResult run(SpikingSpec spec, StudyContext context) {
    SheetRun r = SheetRun.run(spec, context.threads(),
        x -> context.progress().report("simulate", x), context.cancelled());
    Path dir = context.directory();
    long[] spikes = new long[2 * r.steps().length];
    for (int k = 0; k < r.steps().length; k++) {
      spikes[2 * k] = r.steps()[k];
      spikes[2 * k + 1] = r.ids()[k];
    }
    Npy.write(dir.resolve("spikes.npy"), NpyArray.ofLongs(new int[] {r.steps().length, 2},
        spikes));
    Npy.write(dir.resolve("rates.npy"), NpyArray.of(r.cellRates()));
    Npy.write(dir.resolve("population_rate.npy"), NpyArray.matrix(r.populationRate().length == 0
        ? new double[0][2] : r.populationRate()));
    long[] cells = new long[r.sample().length];
    for (int k = 0; k < cells.length; k++) {
      cells[k] = r.sample()[k];
    }
    Npy.write(dir.resolve("sample_cells.npy"), NpyArray.ofLongs(cells));
    int bins = r.sampleCounts().length == 0 ? 0 : r.sampleCounts()[0].length;
    long[] counts = new long[cells.length * bins];
    for (int c = 0; c < cells.length; c++) {
      for (int b = 0; b < bins; b++) {
        counts[c * bins + b] = (long) r.sampleCounts()[c][b];
      }
    }
    Npy.write(dir.resolve("sample_counts.npy"), NpyArray.ofLongs(new int[] {cells.length, bins},
        counts));
    if (r.correlation() != null) {
      // bins holding at least one pair
      DistanceCorrelation dc = r.correlation();
      int m = 0;
      for (long q : dc.pairs()) {
        m += q > 0 ? 1 : 0;
      }
      double[] d = new double[m];
      double[] c = new double[m];
      double[] pairs = new double[m];
      int k = 0;
      for (int b = 0; b < dc.pairs().length; b++) {
        if (dc.pairs()[b] > 0) {
          d[k] = dc.binCentres()[b];
          c[k] = dc.meanCorrelation()[b];
          pairs[k++] = dc.pairs()[b];
        }
      }
      AtomicFiles.writeString(dir.resolve("correlation.csv"), NumericCsv.format(
          List.of("distance", "correlation", "pairs"), d, c, pairs));
    }
    Map<String, Object> metrics = metrics(r);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("metrics", metrics);
    Map<String, Object> mf = new LinkedHashMap<>();
    mf.put("balanced", r.meanField().balanced());
    mf.put("inputRatio", r.meanField().inputRatio());
    mf.put("inhibitoryRatio", r.meanField().inhibitoryRatio());
    mf.put("excitatoryRatio", r.meanField().excitatoryRatio());
    mf.put("selfRatio", r.meanField().selfRatio());
    mf.put("rateE", r.meanField().rateE());
    mf.put("rateI", r.meanField().rateI());
    summary.put("meanField", mf);
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("dt", spec.dt());
    layout.put("steps", spec.steps());
    layout.put("firstMeasuredStep", spec.firstMeasuredStep());
    layout.put("sideE", spec.model().sideE());
    layout.put("sideI", spec.model().sideI());
    layout.put("firstI", spec.model().sideE() * spec.model().sideE());
    summary.put("layout", layout);
    AtomicFiles.writeString(dir.resolve("summary.json"), Json.pretty(summary) + "\n");
    String msg = String.format(java.util.Locale.ROOT,
        "%d spikes; E %.2f Hz, I %.2f Hz (large-N %.2f, %.2f)", r.steps().length, r.rateE(),
        r.rateI(), r.meanField().rateE(), r.meanField().rateI());
    return new StudyResult(r.completed(), r.completed() ? msg : "cancelled; " + msg, metrics);
  }

  /** The run's metrics, in a fixed order; undefined ones (too little data) are left out. */
  static Map<String, Object> metrics(SheetRun r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rateE", r.rateE());
    m.put("rateI", r.rateI());
    m.put("meanFieldRateE", r.meanField().rateE());
    m.put("meanFieldRateI", r.meanField().rateI());
    if (r.correlation() != null && Double.isFinite(r.correlation().mean())) {
      m.put("meanCorrelation", r.correlation().mean());
    }
    if (Double.isFinite(r.fano())) {
      m.put("fanoE", r.fano());
    }
    m.put("populationRateSdE", r.populationRateSdE());
    m.put("spikes", (long) r.steps().length);
    m.put("synapticEvents", r.events());
    for (int k = 0; k < r.faEigenvalues().length; k++) {
      m.put("faEigenvalue" + (k + 1), r.faEigenvalues()[k]);
    }
    return m;
  }
}
