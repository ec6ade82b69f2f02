package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;

/**
 * The kind-independent commands on the test-scope example kind ({@code example-walk}, registered by
 * the common test jar alone): run, rerun, sweep, reproduce and the spec conventions work for a kind
 * the CLI has never heard of.
 */
class StudyCliTest {
  @TempDir
  Path dir;

  private Path spec(String yaml) throws Exception {
    Path f = dir.resolve("walk.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void runKindsListsEveryRegisteredKind() {
    CliRun r = CliRun.run("run", "--kinds");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("example-walk\t");
  }

  @Test
  void runThenRerunIsByteIdenticalAtAnyThreadCount() throws Exception {
    Path f = spec("kind: example-walk\nseed: 4\nsteps: 50\ndrift: 0.25\n");
    Path out = dir.resolve("w");
    CliRun r = CliRun.run("run", "--spec", f.toString(), "--out", out.toString(),
        "--threads", "1");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode o = Json.MAPPER.readTree(r.out());
    assertThat(o.get("kind").asText()).isEqualTo("example-walk");
    assertThat(o.at("/metrics/steps").asLong()).isEqualTo(50);
    assertThat(RunDirectory.manifest(out).threads()).isEqualTo(1);
    CliRun rr = CliRun.run("rerun", out.toString(), "--threads", "2");
    assertThat(rr.status()).as(rr.err()).isZero();
    JsonNode c = Json.MAPPER.readTree(rr.out());
    assertThat(c.get("identical").asBoolean()).isTrue();
    assertThat(c.get("sameBuild").asBoolean()).isTrue();
    assertThat(c.get("files").size()).isEqualTo(3);
    // print-spec is the canonical text the run directory holds
    CliRun p = CliRun.run("run", "--spec", f.toString(), "--print-spec");
    assertThat(p.out()).isEqualTo(Files.readString(out.resolve("spec.json")));
  }

  @Test
  void setAppliesToAnyKindAndBadFieldsNameTheirPath() throws Exception {
    CliRun p = CliRun.run("run", "--kind", "example-walk", "--set", "steps=7", "--set",
        "drift=0.5", "--print-spec");
    assertThat(p.status()).as(p.err()).isZero();
    assertThat(Json.MAPPER.readTree(p.out()).get("steps").asInt()).isEqualTo(7);
    CliRun.badInput(CliRun.run("run", "--kind", "example-walk", "--set", "steps=0",
        "--out", dir.resolve("x").toString()), "spec field steps: steps must be >= 1");
    assertThat(dir.resolve("x")).doesNotExist();
    CliRun.badInput(CliRun.run("run", "--kind", "example-walk", "--set", "stepz=3",
        "--print-spec"), "spec field stepz: unknown field");
    CliRun.badInput(CliRun.run("run", "--kind", "example-walk", "--width", "3",
        "--print-spec"), "--width applies to spline studies");
    CliRun.badInput(CliRun.run("run", "--kind", "no-such-kind", "--print-spec"),
        "unknown study kind \"no-such-kind\"", "example-walk");
    Path f = spec("kind: example-walk\nsigma: -1\n");
    CliRun.badInput(CliRun.run("run", "--spec", f.toString(), "--print-spec"),
        "spec field sigma: sigma must be >= 0");
    CliRun.badInput(CliRun.run("run", "--kind", "example-walk", "--threads", "0",
        "--out", dir.resolve("y").toString()), "--threads must be between 1 and 4096");
    assertThat(dir.resolve("y")).doesNotExist();
  }

  @Test
  void aSweepOfTheExampleKindWritesOneRowPerPoint() throws Exception {
    Path f = spec("kind: example-walk\nsteps: 30\n");
    Path out = dir.resolve("s");
    CliRun r = CliRun.run("sweep", f.toString(), "--grid", "seed=0..2", "--grid",
        "drift=0,1", "--out", out.toString(), "--threads", "2");
    assertThat(r.status()).as(r.err()).isZero();
    String csv = Files.readString(out.resolve("results.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("run,index,seed,drift,final,steps");
    assertThat(csv.lines()).hasSize(7);
    CliRun rr = CliRun.run("rerun", out.resolve("runs/r0003").toString());
    assertThat(rr.status()).as(rr.err()).isZero();
  }

  @Test
  void theExampleKindsCatalogEntryIsReproducible() throws Exception {
    CliRun list = CliRun.run("reproduce", "--list");
    assertThat(list.out()).contains("example-walk-drift\t");
    Path out = dir.resolve("rep");
    CliRun r = CliRun.run("reproduce", "example-walk-drift", "--out", out.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("1 of 1 claims pass");
    assertThat(out.resolve("example-walk-drift/specs/run-00.json")).exists();
    Path again = dir.resolve("again");
    CliRun run = CliRun.run("run", "--spec",
        out.resolve("example-walk-drift/specs/run-00.json").toString(), "--out", again.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  @Test
  void progressGoesToStderrAndChangesNoByte() throws Exception {
    Path a = dir.resolve("quiet");
    Path b = dir.resolve("loud");
    CliRun q = CliRun.run("run", "--kind", "spline", "--example", "--out", a.toString());
    CliRun l = CliRun.run("run", "--kind", "spline", "--example", "--out", b.toString(),
        "--progress");
    assertThat(q.status()).isZero();
    assertThat(l.status()).isZero();
    assertThat(q.err()).isEmpty();
    java.util.List<String> lines = l.err().lines().toList();
    assertThat(lines).hasSizeGreaterThan(50).allSatisfy(x -> assertThat(x)
        .matches("knotwork: train [0-9]{1,3}%"));
    assertThat(lines.get(0)).isEqualTo("knotwork: train 0%");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("knotwork: train 100%");
    assertThat(lines).doesNotHaveDuplicates();
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
  }
}
