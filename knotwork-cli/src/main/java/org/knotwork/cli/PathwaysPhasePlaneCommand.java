package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.study.PhasePlaneStudy;
import org.knotwork.pathways.theory.ReducedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork pathways phase-plane}: the reduced two-pathway model from random starts. */
@Command(name = "phase-plane", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Integrate the reduced two-pathway model (notes deep-linear.md sections 2.3, "
        + "2.4, 3.3) from random starts p ~ N(0, spread^2) per depth and spread, with the exact "
        + "end states from the conserved quantities and the vector field, into a run "
        + "directory (study kind pathways-phase-plane; 'knotwork rerun DIR' reproduces it). "
        + "Defaults: the preset of the authors' figure 3; a --spec file or flags override it.",
        "Prints {\"run\": DIR, \"panels\": [{depth, spread, meanWinnerShare, ...}]}."})
final class PathwaysPhasePlaneCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC.json",
      description = "Phase-plane spec (JSON or YAML; omitted fields: the figure-3 preset).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Run directory (new, or an unfinished run of the same spec).")
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
    PhasePlaneStudy kind = new PhasePlaneStudy();
    PhasePlaneSpec b = specFile == null ? kind.defaults()
        : (PhasePlaneSpec) Studies.read(specFile, PhasePlaneStudy.NAME).spec();
    PhasePlaneSpec s = new PhasePlaneSpec(depths != null ? depths : b.depths(),
        spreads != null ? spreads : b.spreads(), starts != null ? starts : b.starts(),
        target != null ? target : b.target(), c != null ? c : b.c(), dt != null ? dt : b.dt(),
        steps != null ? steps : b.steps(), recordEvery != null ? recordEvery : b.recordEvery(),
        scheme != null ? scheme : b.scheme(), seed != null ? seed : b.seed(),
        fieldGrid != null ? fieldGrid : b.fieldGrid());
    if (s.starts() > 100_000 || s.steps() > 100_000_000) {
      throw new IllegalArgumentException("starts must be <= 100000 and steps <= 1e8");
    }
    return execute(spec.commandLine().getOut(), out, s, 1);
  }

  /**
   * Runs the phase-plane study into {@code dir} (the common run directory) and prints
   * {@code {"run": DIR, "panels": [{depth, spread, meanWinnerShare, largerPWins, maxSumError}]}}
   * from the run's {@code summary.json}.
   */
  static int execute(PrintWriter stdout, Path dir, PhasePlaneSpec s, int threads) {
    RunDirectory.run(new Study<>(new PhasePlaneStudy(), s), dir,
        RunDirectory.Options.of(threads));
    JsonNode summary = Json.readTree(dir.resolve("summary.json"), "phase-plane summary");
    List<Object> panels = new ArrayList<>();
    for (JsonNode p : summary.get("panels")) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("depth", p.get("depth").intValue());
      q.put("spread", p.get("spread").doubleValue());
      for (String k : List.of("meanWinnerShare", "largerPWins", "maxSumError")) {
        q.put(k, p.get("stats").get(k).doubleValue());
      }
      panels.add(q);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", dir.toString());
    m.put("panels", panels);
    stdout.println(Json.write(m));
    return 0;
  }
}
