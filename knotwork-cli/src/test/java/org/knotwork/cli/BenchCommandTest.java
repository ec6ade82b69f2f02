package org.knotwork.cli;

import static org.knotwork.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bench.Operation;
import org.knotwork.cli.bench.BenchReport;
import org.knotwork.cli.bench.JmhRunner;
import org.knotwork.cli.bench.PeerRunner;
import org.knotwork.cli.bench.Timing;
import org.knotwork.common.io.Json;

/** The bench command: an in-process smoke run, its report, and its bad-input rules. */
class BenchCommandTest {
  @TempDir
  Path dir;


  @Test
  void quickRunTimesEveryOperationAndWritesTheReport() throws IOException {
    Path doc = dir.resolve("BENCH.md");
    Files.writeString(doc, "# Benchmarks\n\nhand-written text\n");
    CliRun r = run("bench", "--quick", "--no-peer", "--sizes", "40", "--dense-sizes", "8",
        "--out", dir.resolve("out").toString(), "--write", doc.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(BenchReport.BEGIN).contains(BenchReport.END)
        .contains("| operation | N = H | Knotwork |").contains("PyTorch peer skipped")
        .contains("Memory of training at N = H = 40");
    for (Operation op : Operation.values()) {
      assertThat(r.out()).contains("| " + op.label() + " | " + (op.dense() ? 8 : 40) + " | ");
    }
    JsonNode raw = Json.MAPPER.readTree(dir.resolve("out/results.json").toFile());
    Set<String> ops = new HashSet<>();
    for (JsonNode t : raw.get("timings")) {
      assertThat(t.get("seconds").asDouble()).isPositive();
      ops.add(t.get("op").asText());
    }
    assertThat(ops).hasSize(Operation.values().length);
    String written = Files.readString(doc);
    assertThat(written).startsWith("# Benchmarks\n\nhand-written text\n").contains(BenchReport.BEGIN);
    // a second run replaces the generated section instead of appending another
    String again = BenchReport.replaceSection(written, r.out());
    assertThat(again).isEqualTo(written);
    assertThat(again.indexOf(BenchReport.BEGIN)).isEqualTo(again.lastIndexOf(BenchReport.BEGIN));
  }

  @Test
  void badInputGivesOneLineAndStatusTwo() {
    for (String[] args : List.of(new String[] {"bench", "--quick", "--steps", "0"},
        new String[] {"bench", "--quick", "--sizes", "0"},
        new String[] {"bench", "--quick", "--dense-sizes", "5000"},
        new String[] {"bench", "--quick", "--peer", "--no-peer"},
        new String[] {"bench", "--sizes", "abc"})) {
      CliRun r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void peerWithoutTorchNamesTheDebianPackage() {
    CliRun r = run("bench", "--quick", "--peer", "--python", dir.resolve("no-python").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(PeerRunner.APT_PACKAGE).contains("--peer");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void missingJmhJarIsReported() {
    CliRun r = run("bench", "--no-peer", "--jmh-jar", dir.resolve("none.jar").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("JMH benchmarks jar not found");
  }

  @Test
  void jmhAndPeerResultsAreReadAndRatiosComputed() throws IOException {
    String jmh = "[{\"benchmark\":\"org.knotwork.bench.jmh.SweepBenchmarks.gdStep\","
        + "\"mode\":\"avgt\",\"measurementIterations\":5,\"params\":{\"seed\":\"0\","
        + "\"size\":\"100\"},\"primaryMetric\":{\"score\":2.5,\"scoreError\":0.1,"
        + "\"scoreUnit\":\"us/op\"}},"
        + "{\"benchmark\":\"org.knotwork.bench.jmh.DenseBenchmarks.eigen\",\"mode\":\"ss\","
        + "\"measurementIterations\":3,\"params\":{\"seed\":\"0\",\"size\":\"1000\"},"
        + "\"primaryMetric\":{\"score\":20000,\"scoreError\":\"NaN\",\"scoreUnit\":\"ms/op\"}}]";
    List<Timing> kw = JmhRunner.parse(jmh);
    assertThat(kw).hasSize(2);
    assertThat(kw.get(0).op()).isEqualTo("gdStep");
    assertThat(kw.get(0).seconds()).isCloseTo(2.5e-6, within(1e-20));
    assertThat(kw.get(1).seconds()).isCloseTo(20.0, within(1e-12));
    String peer = "{\"torch\":\"1.13\",\"threads\":2,\"results\":[{\"size\":100,\"op\":\"gdStep\","
        + "\"dtype\":\"float64\",\"seconds\":2.5e-4,\"reps\":9}],\"checks\":[{\"size\":100,"
        + "\"steps\":3,\"knotworkLoss\":0.5,\"torchLoss\":0.5,\"relDiff\":0.0,\"ok\":true}],"
        + "\"skipped\":[]}";
    PeerRunner.Results pr = PeerRunner.parse(peer);
    assertThat(pr.timings()).singleElement().extracting(Timing::side).isEqualTo(Timing.TORCH64);
    assertThat(pr.checks()).singleElement().extracting(c -> c.ok()).isEqualTo(true);
    List<Timing> all = new java.util.ArrayList<>(kw);
    all.addAll(pr.timings());
    String report = BenchReport.render(new BenchReport.Input("./knotwork bench", "today", "box",
        "0", "0", "jmh", "torch", List.of(100, 1000), all, pr.checks(), List.of(), null));
    assertThat(report).contains("| GD step | 100 | 2.50 µs | 250 µs | — | 100× | — |")
        .contains("GD step at N = H = 100: 100× PyTorch float64 (target ≥ 30×): met")
        .contains("| 100 | 3 | ");
  }
}
