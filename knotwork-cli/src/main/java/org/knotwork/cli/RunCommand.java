package org.knotwork.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.common.io.Json;
import org.knotwork.io.experiment.ExperimentData;
import org.knotwork.io.experiment.RunDirectory;
import org.knotwork.io.experiment.SpecCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork run}: one experiment from a spec file and/or flags into a run directory
 * ({@link RunDirectory}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run one experiment: a spec file (JSON or YAML) and/or flags, into a run "
        + "directory with the spec, the data, metrics.csv, snapshots (CSV and snapshots.npz), "
        + "events, net.json, final.json (final metrics and regime order parameters) and "
        + "manifest.json (version, commit, JVM, wall time, SHA-256 of every other file).",
        "Prints {\"run\": DIR, \"metrics\": {..}} to stdout. --print-spec prints the resolved "
            + "spec instead of running. 'knotwork rerun DIR' reproduces the run byte for byte.",
        "Exit status: 0 when a budget or threshold ends the run, 3 when it stops early "
            + "(divergence, event limit, integrator failure), 2 for bad input."})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC", description = "Spec file (.json, .yaml, .yml); "
      + "without it the defaults of the README's spec table apply.")
  Path specFile;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (required unless "
      + "--print-spec).")
  Path out;

  @Option(names = "--print-spec", description = "Print the resolved spec (canonical JSON) and "
      + "stop.")
  boolean printSpec;

  @Mixin
  SpecOptions flags;

  @Override
  public Integer call() {
    ExperimentSpec s = flags.apply(specFile == null ? ExperimentSpec.builder().build()
        : SpecCodec.read(specFile));
    if (printSpec) {
      spec.commandLine().getOut().print(SpecCodec.toJson(s));
      return 0;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required (the run directory)");
    }
    Path base = specFile == null ? Path.of("") : specFile.toAbsolutePath().getParent();
    Dataset data = ExperimentData.resolve(s, base);
    ExperimentResult r = RunDirectory.runAndWrite(s, data, out);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("run", out.toString());
    o.set("metrics", RunDirectory.metricsNode(r.metrics().columns()));
    o.put("message", r.metrics().message());
    spec.commandLine().getOut().println(Json.write(o));
    return r.metrics().stopReason().isNormal() ? 0 : TrainCommand.STOPPED_EARLY;
  }
}
