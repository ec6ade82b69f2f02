package org.knotwork.cli;

import static org.knotwork.cli.CliRun.badInput;
import static org.knotwork.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.StepSize;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.io.experiment.ExperimentFiles;
import org.knotwork.io.run.RunFiles;

/** The experiment commands: run, rerun, reproduce, sweep, demo; their output and bad input. */
class ExperimentCliTest {
  @TempDir
  Path dir;

  static ExperimentSpec spec(String json) {
    return (ExperimentSpec) Studies.read(SpecText.parse(json, SpecText.Syntax.JSON, "out"), null)
        .spec();
  }

  @Test
  void flagsAndSpecFilesGiveTheSameSpec() throws Exception {
    Path yaml = dir.resolve("s.yaml");
    Files.writeString(yaml, "width: 12\nseed: 4\ninit:\n  scheme: he-normal\n  scaleV: 0.5\n"
        + "budget:\n  maxSteps: 50\n");
    CliRun fromFile = run("run", "--spec", yaml.toString(), "--print-spec");
    assertThat(fromFile.status()).isZero();
    CliRun fromFlags = run("run", "--width", "12", "--seed", "4", "--scheme", "he-normal",
        "--scale-v", "0.5", "--steps", "50", "--print-spec");
    assertThat(fromFlags.out()).isEqualTo(fromFile.out());
    ExperimentSpec s = spec(fromFlags.out());
    assertThat(s.width()).isEqualTo(12);
    assertThat(s.init().scales().v()).isEqualTo(0.5);
    CliRun changed = run("run", "--spec", yaml.toString(), "--method", "adam", "--lr", "0.01",
        "--set", "training.method.beta2=0.9", "--snapshots", "5", "--print-spec");
    ExperimentSpec c = spec(changed.out());
    assertThat(c.training().method())
        .isEqualTo(new Method.Adam(StepSize.absolute(0.01), 0.9, 0.9, 1e-8, 0));
    assertThat(c.recording().snapshots().toSchedule(c.budget(), 0.01, false).points())
        .containsExactly(0, 12, 25, 38, 50);
  }

  @Test
  void runWritesARunDirectoryAndRerunReproducesItByteForByte() throws Exception {
    Path out = dir.resolve("run");
    CliRun r = run("run", "--width", "6", "--steps", "200", "--target", "sin3", "--n", "20",
        "--noise", "0.1", "--snapshots", "3", "--hessian", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("run").asText()).isEqualTo(out.toString());
    assertThat(j.get("metrics").get("steps").asLong()).isEqualTo(200);
    assertThat(RunDirectory.isFinished(out)).isTrue();
    assertThat(out.resolve(ExperimentFiles.HESSIAN)).isRegularFile();

    Path again = dir.resolve("again");
    CliRun rr = run("rerun", out.toString(), "--out", again.toString());
    assertThat(rr.status()).as(rr.err()).isZero();
    JsonNode c = Json.MAPPER.readTree(rr.out());
    assertThat(c.get("identical").asBoolean()).isTrue();
    assertThat(c.get("sameBuild").asBoolean()).isTrue();
    for (String f : ExperimentFiles.FILES) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
    // the default reproduction directory is RUN_DIR-rerun
    assertThat(run("rerun", out.toString()).status()).isZero();
    assertThat(dir.resolve("run-rerun").resolve(RunDirectory.MANIFEST)).isRegularFile();

    // a manifest that records other bytes makes the reproduction differ: exit status 3
    ObjectNode m = (ObjectNode) Json.readTree(out.resolve(RunDirectory.MANIFEST), "manifest");
    ((ObjectNode) m.get("sha256")).put(RunFiles.METRICS, "0".repeat(64));
    Files.writeString(out.resolve(RunDirectory.MANIFEST), Json.write(m));
    CliRun differs = run("rerun", out.toString(), "--out", dir.resolve("third").toString());
    assertThat(differs.status()).isEqualTo(RerunCommand.DIFFERS);
    assertThat(Json.MAPPER.readTree(differs.out()).get("files").get(RunFiles.METRICS).asText())
        .isEqualTo("differs");
  }

  @Test
  void badInputGivesOneLineAndStatusTwo() throws Exception {
    badInput(run("run", "--width", "5"), "--out DIR is required");
    badInput(run("run", "--set", "width=0", "--print-spec"), "width must be in [1, ");
    badInput(run("run", "--set", "init.scalew=2", "--print-spec"), "init.scalew",
        "unknown field");
    badInput(run("run", "--method", "flow", "--print-spec"),
        "the flow needs a finite time budget (maxTime)");
    badInput(run("run", "--set", "budget.maxSteps=null", "--time", "5", "--snapshots", "3",
        "--print-spec"), "--snapshots needs a finite --steps budget");
    assertThat(run("run", "--method", "flow", "--time", "2", "--snapshots", "3", "--print-spec")
        .out()).contains("\"unit\" : \"time\"");
    Files.writeString(dir.resolve("bad.json"), "{\"width\": \"wide\"}");
    badInput(run("run", "--spec", dir.resolve("bad.json").toString(), "--print-spec"),
        "spec field width", "whole number");
    badInput(run("rerun", dir.toString()), "is not a finished run directory");
    badInput(run("reproduce", "nope"), "no catalog entry 'nope'");
    badInput(run("reproduce"), "give entry IDs, --all or --list");
    badInput(run("sweep", "--grid", "width=2,0", "--out", dir.resolve("s").toString()),
        "grid point 1 (width=0)");
    badInput(run("sweep", "--grid", "seed", "--out", dir.resolve("s").toString()),
        "FIELD=V1,V2");
  }

  @Test
  void reproduceListsAndRunsEntries() throws Exception {
    CliRun list = run("reproduce", "--list");
    assertThat(list.status()).isZero();
    assertThat(list.out().lines().map(l -> l.split("\t")[0]))
        .startsWith("flat-init", "knot-laws", "hessian-minima", "silent-saddle", "gd-flow",
            "kernel-regime", "adaptive-regime", "phase-diagram")
        .contains("pathways-fig3", "pathways-fig8", "pathways-unequal-depths")
        .contains("reservoir-l63-ordering", "reservoir-l96-ordering", "reservoir-precision",
            "reservoir-exponent-cliff", "reservoir-cost");
    Path out = dir.resolve("report");
    CliRun r = run("reproduce", "hessian-minima", "silent-saddle", "--out", out.toString(),
        "--threads", "1");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("hessian-minima: ").contains("  claim:").contains("PASS")
        .contains("2 of 2 claims pass. Report: " + out.resolve("report.md"));
    assertThat(out.resolve("silent-saddle/outcome.json")).isRegularFile();
    assertThat(out.resolve("silent-saddle/escape.png")).isRegularFile();
  }

  @Test
  void sweepRunsTheGridAndResumes() throws Exception {
    Path out = dir.resolve("sweep");
    String[] args = {"sweep", "--width", "4", "--steps", "100", "--grid", "seed=0..2",
        "--grid", "init.scaleV=0.5,2", "--out", out.toString(), "--threads", "2"};
    CliRun r = run(args);
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("runs").asInt()).isEqualTo(6);
    assertThat(j.get("ran").asInt()).isEqualTo(6);
    List<String> rows = Files.readAllLines(out.resolve("results.csv"));
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).startsWith("run,index,seed,init_scaleV,stop_reason,steps,");
    assertThat(rows.get(1)).startsWith("r0000,0,0,0.5,step_budget,100,");
    assertThat(out.resolve("results.parquet")).isRegularFile();
    assertThat(r.err().lines().filter(l -> l.contains("finished"))).hasSize(6);
    badInput(run(args), "add --resume");
    String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
    resume[args.length] = "--resume";
    CliRun again = run(resume);
    assertThat(again.status()).isZero();
    assertThat(Json.MAPPER.readTree(again.out()).get("skipped").asInt()).isEqualTo(6);
    Path planned = dir.resolve("planned");
    CliRun p = run("sweep", "--width", "4", "--grid", "seed=0..4", "--out", planned.toString(),
        "--plan");
    assertThat(p.status()).isZero();
    assertThat(Json.MAPPER.readTree(p.out()).get("runs").asInt()).isEqualTo(5);
    assertThat(org.knotwork.experiment.sweep.SweepSpec.read(planned.resolve("sweep.json"))
        .size()).isEqualTo(5);
    assertThat(planned.resolve("runs")).doesNotExist();
  }

  /**
   * A child JVM runs a spec, is killed with SIGKILL after its first checkpoint, and the same command
   * run again resumes and ends with the bytes of an uninterrupted run (as train's test does).
   */
  @Test
  void aRunKilledWithSigkillResumesToTheSameBytes() throws Exception {
    String[] opts = {"run", "--width", "12", "--seed", "5", "--method", "gd", "--batch", "3",
        "--lr", "0.02", "--steps", "30000", "--progress-every", "10",
        "--set", "recording.checkpointEvery=300", "--out"};
    Path clean = dir.resolve("clean");
    assertThat(run(cat(opts, clean.toString())).status()).isZero();
    Path killed = dir.resolve("killed");
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(cat(opts, killed.toString())));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    Path cp = killed.resolve("checkpoint.json");
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(cp) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(Files.exists(cp)).as("the child wrote a checkpoint").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(RunDirectory.isFinished(killed)).as("killed before the end").isFalse();
    CliRun resumed = run(cat(opts, killed.toString()));
    assertThat(resumed.status()).as(resumed.err()).isZero();
    RunDirectory.Comparison c = RunDirectory.compare(clean, killed);
    assertThat(c.files().values()).containsOnly("identical");
    assertThat(c.identical()).isTrue();
  }

  private static String[] cat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
