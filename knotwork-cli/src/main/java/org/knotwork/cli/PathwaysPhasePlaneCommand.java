package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.PhasePlane;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.io.RunDirectories;
import org.knotwork.pathways.io.SpecJson;
import org.knotwork.pathways.theory.ReducedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork pathways phase-plane}: the reduced two-pathway model from random starts. */
@Command(name = "phase-plane", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Integrate the reduced two-pathway model (notes deep-linear.md sections 2.3, "
        + "2.4, 3.3) from random starts p ~ N(0, spread^2) per depth and spread, with the exact "
        + "end states from the conserved quantities and the vector field, into a new run "
        + "directory. Defaults: the preset of the authors' figure 3; a --spec file or flags "
        + "override it.",
        "Prints {\"run\": DIR, \"panels\": [{depth, spread, meanWinnerShare, ...}]}."})
final class PathwaysPhasePlaneCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC.json", description = "Phase-plane spec (JSON).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "New run directory (must not exist).")
  Path out;

  @Option(names = "--depths", split = ",", paramLabel = "D1,D2,..", description = "Depths.")
  List<Integer> depths;

  @Option(names = "--spreads", split = ",", paramLabel = "s1,s2,..",
      description = "Standard deviations of the initial p.")
  List<Double> spreads;

  @Option(names = "--starts", paramLabel = "n", description = "Random starts per panel.")
  Integer starts;

  @Option(names = "--target", paramLabel = "S", description = "Mode strength S.")
  Double target;

  @Option(names = "--c", paramLabel = "c", description = "Imbalance c (1 in the paper).")
  Double c;

  @Option(names = "--dt", paramLabel = "dt", description = "Time step.")
  Double dt;

  @Option(names = "--steps", paramLabel = "K", description = "Integration steps.")
  Integer steps;

  @Option(names = "--record-every", paramLabel = "k", description = "Trajectory recording "
      + "interval.")
  Integer recordEvery;

  @Option(names = "--scheme", paramLabel = "S", description = "EULER (as the script) or RK4.")
  ReducedModel.Scheme scheme;

  @Option(names = "--seed", description = "Seed of the draws.")
  Long seed;

  @Option(names = "--field-grid", paramLabel = "g", description = "Vector-field grid points per "
      + "axis.")
  Integer fieldGrid;

  @Override
  public Integer call() {
    PhasePlaneSpec b = specFile == null ? Figures.figure3() : SpecJson.readPhasePlane(specFile);
    PhasePlaneSpec s = new PhasePlaneSpec(depths != null ? depths : b.depths(),
        spreads != null ? spreads : b.spreads(), starts != null ? starts : b.starts(),
        target != null ? target : b.target(), c != null ? c : b.c(), dt != null ? dt : b.dt(),
        steps != null ? steps : b.steps(), recordEvery != null ? recordEvery : b.recordEvery(),
        scheme != null ? scheme : b.scheme(), seed != null ? seed : b.seed(),
        fieldGrid != null ? fieldGrid : b.fieldGrid());
    if (s.starts() > 100_000 || s.steps() > 100_000_000) {
      throw new IllegalArgumentException("starts must be <= 100000 and steps <= 1e8");
    }
    return execute(spec.commandLine().getOut(), out, s);
  }

  /** Runs the phase-plane experiment into {@code dir} and prints its summary. */
  static int execute(PrintWriter stdout, Path dir, PhasePlaneSpec s) {
    if (Files.exists(dir)) {
      throw new IllegalArgumentException(
          "output directory " + dir + " already exists; choose a new one");
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    PhasePlaneResult r = PhasePlane.run(s);
    RunDirectories.writePhasePlane(dir, r, started, (System.nanoTime() - t0) / 1e9);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", dir.toString());
    List<Object> panels = new ArrayList<>();
    for (PhasePlanePanel p : r.panels()) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("depth", p.depth());
      q.put("spread", p.spread());
      q.put("meanWinnerShare", p.stats().meanWinnerShare());
      q.put("largerPWins", p.stats().largerPWins());
      q.put("maxSumError", p.stats().maxSumError());
      panels.add(q);
    }
    m.put("panels", panels);
    stdout.println(Json.write(m));
    return 0;
  }
}
