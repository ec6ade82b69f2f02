package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyKind;

/**
 * The common commands on every registered study kind, through the CLI as a user types them: run the
 * kind's example into a directory on one thread, rerun it on two and find every byte identical, draw
 * it with its kind's renderer, and sweep it over two seeds, one run directory and one table row per
 * point.
 */
class EveryKindCliTest {
  static Stream<String> kinds() {
    return Studies.all().stream().map(StudyKind::name);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void runRerunAndATwoPointSweep(String kind) throws Exception {
    Path dir = Files.createTempDirectory("every-kind-" + kind);
    Path run = dir.resolve("run");
    CliRun r = CliRun.run("run", "--kind", kind, "--example", "--out", run.toString(),
        "--threads", "1");
    assertThat(r.status()).as(r.err()).isIn(0, RunCommand.STOPPED_EARLY);
    assertThat(Json.MAPPER.readTree(r.out()).get("kind").asText()).isEqualTo(kind);
    CliRun rr = CliRun.run("rerun", run.toString(), "--threads", "2");
    JsonNode c = Json.MAPPER.readTree(rr.out());
    assertThat(c.get("identical").asBoolean()).as(rr.out()).isTrue();
    assertThat(rr.status()).isZero();

    // its kind's renderer draws it (the test-scope example kind has none)
    CliRun d = CliRun.run("render", run.toString(), "--figures");
    if (kind.equals("example-walk")) {
      CliRun.badInput(d, "no renderer draws example-walk runs");
    } else {
      assertThat(d.status()).as(d.err()).isZero();
      List<String> files = d.out().lines().toList();
      assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(Path.of(f)).isRegularFile());
      assertThat(files).anySatisfy(f -> assertThat(f).endsWith(".png"));
    }

    Path spec = dir.resolve("example.json");
    Files.writeString(spec, CliRun.run("run", "--kind", kind, "--example", "--print-spec").out());
    JsonNode tree = Json.MAPPER.readTree(Files.readString(spec));
    assertThat(tree.has("seed")).as("a %s spec has a top-level seed", kind).isTrue();
    long seed = tree.get("seed").asLong();
    Path sweep = dir.resolve("sweep");
    CliRun s = CliRun.run("sweep", spec.toString(), "--grid", "seed=" + seed + "," + (seed + 1),
        "--out", sweep.toString(), "--threads", "2");
    assertThat(s.status()).as(s.err()).isIn(0, SweepCommand.RUNS_FAILED);
    List<String> rows = Files.readAllLines(sweep.resolve("results.csv"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("run,index,seed");
    assertThat(RunDirectory.isFinished(sweep.resolve("runs/r0000"))).isTrue();
    assertThat(RunDirectory.isFinished(sweep.resolve("runs/r0001"))).isTrue();
    assertThat(RunDirectory.study(sweep.resolve("runs/r0000")).seed()).isEqualTo(seed);
  }
}
