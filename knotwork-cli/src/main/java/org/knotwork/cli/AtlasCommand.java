package org.knotwork.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.data.Dataset;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.io.curvature.LandscapeCsv;
import org.knotwork.io.curvature.LandscapeJson;
import org.knotwork.landscape.Atlas;
import org.knotwork.landscape.AtlasOptions;
import org.knotwork.landscape.ClassificationTolerances;
import org.knotwork.landscape.CriticalPoints;
import org.knotwork.landscape.SilentSaddles;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork atlas}: classify one point (S15, S16) with its silent-neuron saddles, or train many
 * seeds and tabulate where they end.
 */
@Command(name = "atlas", mixinStandardHelpOptions = true,
    description = {"Critical-point atlas.",
        "With --net: classify that point (NOT_CRITICAL, MINIMUM, DEGENERATE_MINIMUM, "
            + "STRICT_SADDLE, TRAPPED_KNOT, NONSMOOTH) from the active-side moments S, X, D, "
            + "with escape directions and the places where a silent neuron would make a saddle. "
            + "Output: one JSON object.",
        "With --width: train --seeds networks (PyTorch-default init, full-batch gradient "
            + "descent, Newton polish near the end) and tabulate where they end, grouped by "
            + "function on the data and type. Output: JSON, or CSV with --format csv."})
final class AtlasCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LossOption lossOption;

  @Option(names = "--data", required = true, paramLabel = "DATA.csv",
      description = "Data file with header x,y.")
  Path data;

  @Option(names = "--net", paramLabel = "NET.json", description = "Classify this network.")
  Path net;

  @Option(names = "--width", paramLabel = "H", description = "Tabulate networks of this width.")
  Integer width;

  @Option(names = "--seeds", defaultValue = "20", description = "Number of seeds (default: "
      + "${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--first-seed", defaultValue = "0", description = "First seed (default: "
      + "${DEFAULT-VALUE}).")
  long firstSeed;

  @Option(names = "--lr", defaultValue = "0.1", description = "Gradient-descent step (default: "
      + "${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--steps", defaultValue = "20000", description = "Gradient-descent step cap "
      + "(default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--polish-below", defaultValue = "1e-2", paramLabel = "G",
      description = "Newton-polish runs whose |grad L| ends below G; 0 disables (default: "
          + "${DEFAULT-VALUE}).")
  double polishBelow;

  @Option(names = "--snap", defaultValue = "1e-3", paramLabel = "D",
      description = "Pin knots trapped within D*(x range) of a data point onto it before the "
          + "polish; 0 disables (default: ${DEFAULT-VALUE}).")
  double snap;

  @Option(names = "--gradient-tolerance", defaultValue = "1e-6", paramLabel = "G",
      description = "A point is critical when |grad L| <= G (default: ${DEFAULT-VALUE}).")
  double gradientTolerance;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv",
      description = "Output format of the table (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if ((net == null) == (width == null)) {
      throw new IllegalArgumentException("give exactly one of --net (classify a point) and "
          + "--width (tabulate seeds)");
    }
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException("--format must be 'json' or 'csv', got '" + format + "'");
    }
    Checks.positive("--gradient-tolerance", gradientTolerance);
    ClassificationTolerances tol = ClassificationTolerances.defaults()
        .withGradient(gradientTolerance);
    Dataset d = DataCsv.read(data);
    SweepLoss loss = lossOption.loss(d);
    if (net != null) {
      if (format.equals("csv")) {
        throw new IllegalArgumentException("--format csv is for the --width table; a classified "
            + "point is printed as JSON");
      }
      NetworkParams p = NetJson.read(net);
      Map<String, Object> out = LandscapeJson.report(CriticalPoints.classify(loss, p, tol));
      out.put("silentSaddles", LandscapeJson.saddles(
          SilentSaddles.find(loss, p.toSpline(), tol.moment(), tol.contact())));
      spec.commandLine().getOut().println(Json.write(out));
      return 0;
    }
    Checks.check("--width", width, 1, 10_000);
    Checks.check("--seeds", seeds, 1, 1_000_000);
    Checks.check("--steps", steps, 1, Integer.MAX_VALUE);
    Checks.positive("--lr", lr);
    if (!(polishBelow >= 0) || !Double.isFinite(polishBelow)) {
      throw new IllegalArgumentException("--polish-below must be a finite number >= 0, got "
          + polishBelow);
    }
    if (!(snap >= 0 && snap < 0.5)) {
      throw new IllegalArgumentException("--snap must be in [0, 0.5), got " + snap);
    }
    Atlas atlas = Atlas.explore(loss, new AtlasOptions(width, seeds, firstSeed, lr, steps,
        polishBelow, snap, tol, 1e-6));
    spec.commandLine().getOut().print(format.equals("csv") ? LandscapeCsv.atlas(atlas)
        : Json.write(LandscapeJson.atlas(atlas)) + System.lineSeparator());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
