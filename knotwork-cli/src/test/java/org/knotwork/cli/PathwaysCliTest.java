package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;

/** {@code knotwork pathways ...} in-process: run directories, reproducibility, bad input. */
class PathwaysCliTest {
  @TempDir
  Path dir;

  static final String[] SMALL = {"--width", "12", "--depths", "2,3", "--steps", "40", "--seed",
      "5", "--frames", "3"};

  static String[] args(String[] head, String... tail) {
    String[] out = new String[head.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }

  @Test
  void runWithFlagsMatchesTheLibraryAndReproducesByteForByte() throws IOException {
    Path a = dir.resolve("a");
    CliRun r = CliRun.run(args(new String[] {"pathways", "run"},
        args(SMALL, "--out", a.toString())));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    NetworkRunSpec expected = new NetworkRunSpec("run", List.of(2, 3), List.of(12, 12),
        Activation.LINEAR, false, InitSpec.gaussian(Math.sqrt(0.1 / 12)), 0.01, 40,
        LossConvention.SUM, 5, 1, List.of(0, 20, 40));
    NetworkRunResult ref = NetworkRun.run(expected, Hierarchy.shiEtAl(), 1,
        ProgressListener.NONE);
    assertThat(j.get("runs").get(0).get("finalLoss").asDouble()).isEqualTo(ref.finalLoss());
    assertThat(Npy.read(a.resolve("loss.npy")).doubles()).containsExactly(ref.trace().loss());

    // the recorded spec file reproduces the run, whatever the thread count
    Path b = dir.resolve("b");
    CliRun r2 = CliRun.run("pathways", "run", "--spec",
        a.resolve("spec.json").toString(), "--threads", "2", "--out", b.toString());
    assertThat(r2.status()).as(r2.err()).isZero();
    assertThat(RunDirectory.digests(b)).isEqualTo(RunDirectory.digests(a));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();

    // the run directory is the common one: its spec.json names the kind, and a rerun through the
    // registry (what 'knotwork rerun DIR' does) gives the same bytes
    assertThat(RunDirectory.manifest(a).kind()).isEqualTo("pathways");
    assertThat(RunDirectory.study(a).spec()).isEqualTo(SingleRunSpec.of(expected));
    Path c = dir.resolve("c");
    RunDirectory.run(RunDirectory.study(a), c, RunDirectory.Options.of(2).rerunOf(a));
    assertThat(RunDirectory.compare(a, c).identical()).isTrue();
  }

  @Test
  void aDataFileGivenByFlagIsRecordedAndTheRerunReadsTheRecord() throws IOException {
    Path data = dir.resolve("items.csv");
    Files.writeString(data, "item,colour,size,weight\nfox,1,0.25,0\nowl,0,1,1\nbat,1,1,0.5\n");
    Path a = dir.resolve("a");
    CliRun r = CliRun.run("pathways", "run", "--data", data.toString(), "--width", "6",
        "--steps", "30", "--out", a.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(a.resolve("data.csv"))).startsWith("item,colour,size,weight\n");
    Files.delete(data);
    Path b = dir.resolve("b");
    RunDirectory.run(RunDirectory.study(a), b, RunDirectory.Options.of(1).rerunOf(a));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
  }

  @Test
  void figurePresetAndRenderWriteTheirFiles() throws IOException {
    Path f4 = dir.resolve("f4");
    CliRun r = CliRun.run("pathways", "figure", "4", "--out", f4.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.isRegularFile(f4.resolve("experiment.json"))).isTrue();
    assertThat(Npy.read(f4.resolve("D2/k_snapshots.npy")).shape()).containsExactly(10, 2, 15, 8);
    CliRun rr = CliRun.run("pathways", "render", f4.toString(), "--size", "320x240",
        "--max-frames", "4");
    assertThat(rr.status()).as(rr.err()).isZero();
    JsonNode files = Json.MAPPER.readTree(rr.out()).get("files");
    assertThat(files).hasSize(6);
    byte[] gif = Files.readAllBytes(f4.resolve("figures/D2/k_video.gif"));
    assertThat(new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("GIF89a");
  }

  @Test
  void phasePlaneWithFlagsWritesItsArrays() throws IOException {
    Path p = dir.resolve("pp");
    CliRun r = CliRun.run("pathways", "phase-plane", "--depths", "2,8", "--spreads",
        "0.1", "--starts", "20", "--dt", "0.001", "--steps", "10000", "--record-every", "1000",
        "--out", p.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("panels")).hasSize(2);
    // the reduced model ends on K_a + K_b = S and the larger initial p wins (notes section 2.4)
    assertThat(j.get("panels").get(1).get("largerPWins").asDouble()).isEqualTo(1.0);
    assertThat(j.get("panels").get(1).get("maxSumError").asDouble()).isLessThan(1e-9);
    assertThat(Npy.read(p.resolve("trajectories.npy")).shape()).containsExactly(2, 20, 11, 2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "run --width 0 --out X | --width",
      "run --width 100000 --out X | --width",
      "run --depths 2,0 --out X | --depths[1]",
      "run --lr NaN --out X | lr",
      "run --lr -1 --out X | lr",
      "run --steps -3 --out X | --steps",
      "run --activation SOFTPLUS --out X | --activation",
      "figure 9 --out X | FIGURE",
      "figure 3 --full --out X | figure 3",
      "phase-plane --spreads 0 --out X | spreads[0]",
      "render NOPE | not a pathways run directory",
      "run --tree-levels 13 --out X | treeLevels"})
  void badInputIsOneLineNamingTheFieldWithStatus2(String cmd, String field) {
    String[] parts = ("pathways " + cmd.replace(" X", " " + dir.resolve("x"))
        .replace("NOPE", dir.toString())).split(" ");
    CliRun.badInput(CliRun.run(parts), field);
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  @Test
  void malformedSpecFileIsOneLine() throws IOException {
    Path spec = dir.resolve("s.json");
    Files.writeString(spec, "{\"name\": \"r\", \"depths\": [2, 2], \"widths\": [8]}");
    CliRun.badInput(CliRun.run("pathways", "run", "--spec", spec.toString(), "--out",
        dir.resolve("x").toString()), "widths");
    Files.writeString(spec, "{\"name\": ");
    CliRun.badInput(CliRun.run("pathways", "run", "--spec", spec.toString(), "--out",
        dir.resolve("x").toString()));
  }

  @Test
  void aFinishedOrForeignRunDirectoryIsRefused() throws IOException {
    Path taken = dir.resolve("taken");
    CliRun first = CliRun.run(args(new String[] {"pathways", "run"},
        args(SMALL, "--out", taken.toString())));
    assertThat(first.status()).as(first.err()).isZero();
    CliRun r = CliRun.run(args(new String[] {"pathways", "run"},
        args(SMALL, "--out", taken.toString())));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("already holds a finished run");
    Files.delete(taken.resolve("manifest.json"));
    CliRun other = CliRun.run("pathways", "run", "--width", "12", "--steps", "10", "--out",
        taken.toString());
    assertThat(other.status()).isEqualTo(2);
    assertThat(other.err()).contains("another spec");
  }

  @Test
  void divergingRunExitsWith3AndKeepsItsRecord() throws IOException {
    Path d = dir.resolve("div");
    CliRun r = CliRun.run("pathways", "run", "--width", "12", "--lr", "5", "--steps",
        "200", "--out", d.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(3);
    JsonNode j = Json.MAPPER.readTree(r.out()).get("runs").get(0);
    assertThat(j.get("diverged").asBoolean()).isTrue();
    assertThat(j.get("steps").asInt()).isLessThan(200);
    assertThat(Files.isRegularFile(d.resolve("manifest.json"))).isTrue();
  }
}
