package org.knotwork.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork rerun RUN_DIR}: runs a recorded study of any kind again from its own spec and
 * recorded inputs and checks every result file against the SHA-256 digests in its manifest.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reproduce a run directory of any kind: run its spec.json (on the inputs it "
        + "recorded) into a new directory and compare every file except manifest.json byte for "
        + "byte (SHA-256) with the original's manifest.",
        "Prints {\"identical\": true|false, \"files\": {FILE: identical|differs|missing|extra}, "
            + "\"sameBuild\": .., \"kind\": K, \"original\": DIR, \"reproduction\": DIR}.",
        "Exit status: 0 if byte-identical, 3 if some file differs, 2 for bad input."})
final class RerunCommand implements Callable<Integer> {
  /** Exit status when the reproduction differs. */
  static final int DIFFERS = 3;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run directory.")
  Path run;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the reproduction (default: RUN_DIR-rerun).")
  Path out;

  @Mixin
  ThreadsOption threads;

  @Override
  public Integer call() {
    String kind = RunDirectory.manifest(run).kind();
    Path target = out != null ? out
        : run.toAbsolutePath().resolveSibling(run.toAbsolutePath().getFileName() + "-rerun");
    RunDirectory.run(RunDirectory.study(run), target, RunDirectory.Options.of(threads.count())
        .inputsFrom(run.toAbsolutePath()).rerunOf(run.toAbsolutePath()));
    RunDirectory.Comparison c = RunDirectory.compare(run, target);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("identical", c.identical());
    o.set("files", Json.MAPPER.valueToTree(c.files()));
    o.put("sameBuild", c.sameBuild());
    o.put("kind", kind);
    o.put("original", run.toString());
    o.put("reproduction", target.toString());
    spec.commandLine().getOut().println(Json.write(o));
    return c.identical() ? 0 : DIFFERS;
  }
}
