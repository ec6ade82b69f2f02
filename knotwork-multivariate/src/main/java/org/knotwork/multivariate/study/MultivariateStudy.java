package org.knotwork.multivariate.study;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.multivariate.catalog.DeepRegionsAtInitEntry;
import org.knotwork.multivariate.catalog.RegionsAtInitEntry;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.geometry.LineCounts;
import org.knotwork.multivariate.loss.NaiveLoss2D;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.ShallowNet;
import org.knotwork.multivariate.train.GradientDescent;

/**
 * The study kind {@code multivariate} (docs/multivariate-deep.md §3, §5): a shallow ReLU net on two
 * inputs, drawn from the spec's initialisation, trained by full-batch gradient descent on a small
 * 2-D data set. Every {@code recordEvery} steps (and at the start and end) it records the network,
 * its lines in hyperplane coordinates and the exact region count in the data's square, with the
 * closed form 1 + L + V (M4).
 *
 * <p>Files: {@value #DATA} (N &times; 3: x<sub>1</sub>, x<sub>2</sub>, y), {@value #NETWORK}
 * (frames &times; (4H + 1), the flat parameter vector of {@link ShallowNet#toVector()}), {@value
 * #HYPERPLANES} (frames &times; H &times; 3: &theta;, &beta;, &mu;), {@value #TRACE} (step, loss,
 * regions, lines, vertices, closed form). A run is short and single-threaded: an interrupted
 * directory is simply run again.
 */
public final class MultivariateStudy implements StudyKind<MultivariateSpec> {
  /** The kind's name. */
  public static final String NAME = "multivariate";
  /** Data file. */
  public static final String DATA = "data.npy";
  /** Network parameters per frame. */
  public static final String NETWORK = "network.npy";
  /** Hyperplane coordinates per frame. */
  public static final String HYPERPLANES = "hyperplanes.npy";
  /** Loss and region counts per frame. */
  public static final String TRACE = "trace.csv";
  /** The trace's columns. */
  public static final List<String> TRACE_COLUMNS = List.of("step", "loss", "regions", "lines",
      "vertices", "closed_form");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "a shallow ReLU net on 2-D data by gradient descent: lines, exact regions over training";
  }

  @Override
  public Class<MultivariateSpec> specType() {
    return MultivariateSpec.class;
  }

  @Override
  public MultivariateSpec defaults() {
    return MultivariateSpec.DEFAULTS;
  }

  /** A small run (well under a second): the one its tests and {@code run --example} use. */
  @Override
  public MultivariateSpec example() {
    return new MultivariateSpec(1, 8, new MultivariateSpec.Init("gaussian", 1.0, 1.0, 0.35, 0.0),
        new MultivariateSpec.Data("xor", "random", 32, 1.0),
        new MultivariateSpec.Training(300, 0.1, 25));
  }

  @Override
  public MultivariateSpec read(SpecNode root) {
    MultivariateSpec d = MultivariateSpec.DEFAULTS;
    long seed = root.longInteger("seed", d.seed());
    int width = root.integer("width", d.width());
    SpecNode i = root.object("init");
    MultivariateSpec.Init di = d.init();
    MultivariateSpec.Init init = i.build(null, () -> new MultivariateSpec.Init(
        i.choice("scheme", di.scheme(), MultivariateSpec.Init.SCHEMES),
        i.number("inputWeight", di.inputWeight()), i.number("inputBias", di.inputBias()),
        i.number("outputWeight", di.outputWeight()), i.number("outputBias", di.outputBias())));
    i.finish();
    SpecNode a = root.object("data");
    MultivariateSpec.Data dd = d.data();
    MultivariateSpec.Data data = a.build(null, () -> new MultivariateSpec.Data(
        a.choice("function", dd.function(), MultivariateSpec.Data.FUNCTIONS),
        a.choice("layout", dd.layout(), MultivariateSpec.Data.LAYOUTS),
        a.integer("points", dd.points()), a.number("radius", dd.radius())));
    a.finish();
    SpecNode t = root.object("training");
    MultivariateSpec.Training dt = d.training();
    MultivariateSpec.Training training = t.build(null, () -> new MultivariateSpec.Training(
        t.integer("steps", dt.steps()), t.number("learningRate", dt.learningRate()),
        t.integer("recordEvery", dt.recordEvery())));
    t.finish();
    root.finish();
    return root.build(null, () -> new MultivariateSpec(seed, width, init, data, training));
  }

  @Override
  public ObjectNode write(MultivariateSpec s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("seed", s.seed());
    o.put("width", s.width());
    ObjectNode i = o.putObject("init");
    i.put("scheme", s.init().scheme());
    i.put("inputWeight", s.init().inputWeight());
    i.put("inputBias", s.init().inputBias());
    i.put("outputWeight", s.init().outputWeight());
    i.put("outputBias", s.init().outputBias());
    ObjectNode d = o.putObject("data");
    d.put("function", s.data().function());
    d.put("layout", s.data().layout());
    d.put("points", s.data().points());
    d.put("radius", s.data().radius());
    ObjectNode t = o.putObject("training");
    t.put("steps", s.training().steps());
    t.put("learningRate", s.training().learningRate());
    t.put("recordEvery", s.training().recordEvery());
    return o;
  }

  @Override
  public long seed(MultivariateSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 70;
  }

  /** The initial net of a spec (stream "init"). */
  public static ShallowNet initialNet(MultivariateSpec s, long seed) {
    return s.init().toScheme().sample(org.knotwork.common.random.Rng.of(seed, "init"), s.width(),
        2);
  }

  @Override
  public StudyResult run(MultivariateSpec s, StudyContext context) {
    double[][] x = Datasets.points(s.data(), context.rng("data"));
    double[] y = Datasets.targets(s.data(), x);
    NaiveLoss2D loss = new NaiveLoss2D(x, y);
    GradientDescent gd = new GradientDescent(loss, s.training().learningRate());
    Box box = Box.square(s.data().radius());
    ShallowNet net = initialNet(s, context.seed());
    int h = s.width();
    List<double[]> frames = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    boolean normal = true;
    String why = "trained " + s.training().steps() + " steps";
    int steps = s.training().steps();
    for (int step = 0; ; step++) {
      boolean last = step == steps;
      if (step % s.training().recordEvery() == 0 || last) {
        double l = loss.loss(net);
        HyperplaneNet hp = net.toHyperplane();
        LineCounts lc = LineCounts.of(hp, box);
        int regions = Arrangement.of(net, box).regions();
        frames.add(net.toVector());
        rows.add(new double[] {step, l, regions, lc.lines(), lc.vertices(), lc.regions()});
        if (!Double.isFinite(l)) {
          normal = false;
          why = "the loss diverged at step " + step;
          break;
        }
        context.progress().report("training", steps == 0 ? 1.0 : step / (double) steps);
      }
      if (last) {
        break;
      }
      if (context.cancelled().getAsBoolean()) {
        normal = false;
        why = "cancelled at step " + step;
        break;
      }
      net = gd.step(net);
    }
    write(context, x, y, frames, rows, h);
    double[] first = rows.get(0);
    double[] end = rows.get(rows.size() - 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("initialLoss", first[1]);
    m.put("finalLoss", end[1]);
    m.put("regionsAtInit", (long) first[2]);
    m.put("closedFormAtInit", (long) first[5]);
    m.put("regionsFinal", (long) end[2]);
    m.put("closedFormFinal", (long) end[5]);
    m.put("globalMaximum", LineCounts.globalRegions(h));
    return new StudyResult(normal, why, m);
  }

  private static void write(StudyContext context, double[][] x, double[] y, List<double[]> frames,
      List<double[]> rows, int h) {
    double[][] data = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      data[j] = new double[] {x[j][0], x[j][1], y[j]};
    }
    Npy.write(context.directory().resolve(DATA), NpyArray.matrix(data));
    Npy.write(context.directory().resolve(NETWORK), NpyArray.matrix(frames.toArray(
        new double[0][])));
    double[] hyper = new double[frames.size() * h * 3];
    for (int f = 0; f < frames.size(); f++) {
      HyperplaneNet hp = ShallowNet.fromVector(frames.get(f), 2).toHyperplane();
      for (int i = 0; i < h; i++) {
        double[] n = hp.n(i);
        int at = (f * h + i) * 3;
        hyper[at] = hp.isNull(i) ? 0 : Math.atan2(n[1], n[0]);
        hyper[at + 1] = hp.beta(i);
        hyper[at + 2] = hp.mu(i);
      }
    }
    Npy.write(context.directory().resolve(HYPERPLANES),
        NpyArray.of(new int[] {frames.size(), h, 3}, hyper));
    double[][] cols = new double[TRACE_COLUMNS.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.length; c++) {
        cols[c][r] = rows.get(r)[c];
      }
    }
    AtomicFiles.writeString(context.directory().resolve(TRACE),
        NumericCsv.format(TRACE_COLUMNS, cols));
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new RegionsAtInitEntry(this), new DeepRegionsAtInitEntry());
  }
}
