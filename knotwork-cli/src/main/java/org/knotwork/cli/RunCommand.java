package org.knotwork.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork run}: one study of any kind, from a spec file (whose {@code kind} field picks the
 * study) and/or flags, into a run directory ({@link RunDirectory}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run one study of any kind: a spec file (JSON or YAML; its 'kind' field picks the "
        + "study, default spline) and/or flags, into a run directory holding spec.json, the study's "
        + "result files and, last, manifest.json (kind, version, commit, JVM, seed, threads, final "
        + "metrics, SHA-256 of every other file).",
        "Prints {\"run\": DIR, \"kind\": K, \"metrics\": {..}, \"message\": ..}. --print-spec prints "
            + "the resolved spec instead; --kinds lists the study kinds. Running again into the "
            + "directory of an interrupted run continues it; 'knotwork rerun DIR' reproduces a "
            + "finished one byte for byte.",
        "Exit status: 0 when a budget or threshold ends the run, 3 when it stops early "
            + "(divergence, event limit, integrator failure), 2 for bad input."})
final class RunCommand implements Callable<Integer> {
  /** Exit status when the run stopped early. */
  static final int STOPPED_EARLY = 3;

  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC", description = "Spec file (.json, .yaml, .yml); "
      + "without it the defaults of --kind apply.")
  Path specFile;

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (required unless "
      + "--print-spec or --kinds).")
  Path out;

  @Option(names = "--print-spec", description = "Print the resolved spec (canonical JSON) and "
      + "stop.")
  boolean printSpec;

  @Option(names = "--kinds", description = "List the study kinds and stop.")
  boolean kinds;

  @Option(names = "--progress", description = "Report progress on stderr (a line per whole "
      + "percent, where the kind reports it).")
  boolean progress;

  @Mixin
  SpecOptions flags;

  @Mixin
  ThreadsOption threads;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (kinds) {
      for (StudyKind<?> k : Studies.all()) {
        w.println(k.name() + "\t" + k.summary());
      }
      return 0;
    }
    Study<?> study = flags.resolve(specFile);
    if (printSpec) {
      w.print(study.json());
      return 0;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required (the run directory)");
    }
    Path inputs = specFile == null ? Path.of("").toAbsolutePath()
        : specFile.toAbsolutePath().getParent();
    RunDirectory.Options options = RunDirectory.Options.of(threads.count()).inputsFrom(inputs);
    if (progress) {
      PrintWriter err = spec.commandLine().getErr();
      options = options.withProgress((phase, fraction) -> {
        err.printf(java.util.Locale.ROOT, "knotwork: %s %.0f%%%n", phase, 100 * fraction);
        err.flush();
      });
    }
    RunDirectory.Finished f = RunDirectory.run(study, out, options);
    w.println(Json.write(summary(f)));
    return f.result().normal() ? 0 : STOPPED_EARLY;
  }

  /** What {@code run} prints of a finished run. */
  static ObjectNode summary(RunDirectory.Finished f) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("run", f.directory().toString());
    o.put("kind", f.manifest().kind());
    o.set("metrics", Manifest.metricsTree(f.result().metrics()));
    o.put("message", f.result().message());
    return o;
  }
}
