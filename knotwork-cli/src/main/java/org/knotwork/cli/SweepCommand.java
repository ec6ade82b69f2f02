package org.knotwork.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.experiment.sweep.GridAxis;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepRun;
import org.knotwork.experiment.sweep.SweepSpec;
import org.knotwork.common.io.Json;
import org.knotwork.common.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork sweep}: a Cartesian product over spec fields, run in parallel on this machine,
 * resumable, with one results table.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the Cartesian product of --grid axes over a base study of any kind (spec file "
        + "and/or the flags of 'knotwork run'), in parallel, one run directory per point under "
        + "--out/runs/, and write --out/results.csv and --out/results.parquet (one row per run: "
        + "grid values and final metrics).",
        "A run is finished once its manifest is written; --resume continues an interrupted sweep "
            + "without redoing finished runs. Progress goes to stderr; stdout gets one JSON "
            + "summary.",
        "Exit status: 0 if every run completed, 3 if some run failed, 2 for bad input."})
final class SweepCommand implements Callable<Integer> {
  /** Exit status when some run failed. */
  static final int RUNS_FAILED = 3;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
      description = "Base spec file (.json, .yaml, .yml).")
  Path specFile;

  @Option(names = "--grid", required = true, paramLabel = "FIELD=V1,V2,..",
      description = "An axis: a spec field by dotted path and its values; A..B is a range of "
          + "whole numbers (e.g. --grid init.scaleW=0.25,1,4 --grid seed=0..9). Repeatable.")
  List<String> grid = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Sweep directory.")
  Path out;

  @Option(names = "--resume", description = "Continue the sweep already in --out.")
  boolean resume;

  @Option(names = "--plan", description = "Only write --out/sweep.json (every point validated) "
      + "and stop: for running the sweep elsewhere, e.g. on Spark (knotwork-spark).")
  boolean plan;

  @Mixin
  ThreadsOption threads;

  @Mixin
  SpecOptions flags;

  @Override
  public Integer call() {
    Study<?> base = flags.resolve(specFile);
    Path inputs = specFile == null ? Path.of("").toAbsolutePath()
        : specFile.toAbsolutePath().getParent();
    List<GridAxis> axes = new ArrayList<>();
    for (String g : grid) {
      axes.add(GridAxis.parse(g));
    }
    SweepSpec sweep = new SweepSpec(base, inputs, axes);
    if (plan) {
      List<SweepRun> runs = LocalSweep.prepare(out, sweep, resume);
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("sweep", out.toString());
      o.put("runs", runs.size());
      o.put("plan", out.resolve(LocalSweep.SWEEP_FILE).toString());
      spec.commandLine().getOut().println(Json.write(o));
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    LocalSweep.Summary s = LocalSweep.run(out, sweep, threads.count(), resume,
        new LocalSweep.Listener() {
          @Override
          public void finished(SweepRun run, int done, int total) {
            synchronized (err) {
              err.println("knotwork: " + run.name() + " finished (" + done + "/" + total + ")");
              err.flush();
            }
          }

          @Override
          public void failed(SweepRun run, Exception e) {
            synchronized (err) {
              err.println("knotwork: " + run.name() + " failed: " + Main.oneLine(e.getMessage()));
              err.flush();
            }
          }
        });
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("sweep", out.toString());
    o.put("runs", s.total());
    o.put("skipped", s.skipped());
    o.put("ran", s.ran());
    ArrayNode f = o.putArray("failures");
    s.failures().forEach(f::add);
    o.put("table", out.resolve(ResultsTable.CSV).toString());
    o.put("parquet", out.resolve(ResultsTable.PARQUET).toString());
    spec.commandLine().getOut().println(Json.write(o));
    return s.failures().isEmpty() ? 0 : RUNS_FAILED;
  }
}
