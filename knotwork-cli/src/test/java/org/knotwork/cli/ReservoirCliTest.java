package org.knotwork.cli;

import static org.knotwork.cli.CliRun.run;
import static org.knotwork.cli.CliRun.badInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npz;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.reservoir.experiment.ExperimentSpec;

/** {@code knotwork reservoir}: run directories, determinism, bring-your-own series, cost, render. */
class ReservoirCliTest {
  @TempDir
  Path dir;

  /** A small Lorenz 63 experiment (well under a second). */
  static final String TINY = """
      {"name": "tiny", "seed": 7,
       "data": {"source": "lorenz63", "dt": 0.005, "length": 6000},
       "trainLength": 4000,
       "windows": {"count": 8, "stride": 200, "length": 200},
       "models": [{"kind": "d2r2", "name": "quad", "degree": 2},
                  {"kind": "esn", "name": "lsr", "reservoirSize": 60, "degree": 3,
                   "spectralRadius": 0.1, "inputScale": 0.25, "transform": "T1_EVEN"}],
       "precisions": ["binary64", "binary16:weights"],
       "examples": 1}
      """;

  Path tinySpec() throws Exception {
    Path f = dir.resolve("tiny.json");
    Files.writeString(f, TINY);
    return f;
  }

  @Test
  void runWritesARunDirectoryThatIsTheSameForAnyThreadCount() throws Exception {
    Path spec = tinySpec();
    CliRun a = run("reservoir", "run", "--spec", spec.toString(), "--out",
        dir.resolve("a").toString(), "--threads", "1");
    assertThat(a.status()).as(a.err()).isZero();
    assertThat(a.err()).isEmpty();
    JsonNode summary = Json.MAPPER.readTree(a.out());
    assertThat(summary.get("results")).hasSize(4);
    CliRun b = run("reservoir", "run", "--spec", spec.toString(), "--out",
        dir.resolve("b").toString(), "--threads", "2");
    assertThat(b.status()).isZero();
    // the recorded spec reproduces the run as well
    CliRun c = run("reservoir", "run", "--spec", dir.resolve("a/spec.json").toString(), "--out",
        dir.resolve("c").toString());
    assertThat(c.status()).isZero();
    Path a0 = dir.resolve("a");
    assertThat(RunDirectory.digests(a0).keySet()).containsExactly("arrays.npz", "cost.csv",
        "error-curves.csv", "forecasts.csv", "horizons.csv", "runs.csv", "spec.json",
        "summary.json");
    assertThat(a0.resolve("series.csv")).doesNotExist();
    assertThat(RunDirectory.compare(a0, dir.resolve("b")).identical()).isTrue();
    assertThat(RunDirectory.compare(a0, dir.resolve("c")).identical()).isTrue();
    // the generic rerun: the recorded spec through the registry, into a fresh directory
    RunDirectory.run(RunDirectory.study(a0), dir.resolve("rerun"),
        RunDirectory.Options.of(2).rerunOf(a0));
    assertThat(RunDirectory.compare(a0, dir.resolve("rerun")).identical()).isTrue();
    assertThat(Files.readAllLines(a0.resolve("horizons.csv"))).hasSize(1 + 4 * 8)
        .first().isEqualTo("model,precision,window,origin,horizon_samples,horizon_time,"
            + "horizon_lyapunov,censored");
    assertThat(Files.readAllLines(a0.resolve("error-curves.csv"))).hasSize(1 + 4 * 200);
    assertThat(Files.readAllLines(a0.resolve("runs.csv"))).containsExactly(
        "run,model,kind,precision,format,scope", "0,quad,d2r2,binary64,binary64,none",
        "1,quad,d2r2,binary16:weights,binary16,weights", "2,lsr,esn,binary64,binary64,none",
        "3,lsr,esn,binary16:weights,binary16,weights");
    JsonNode m = Json.MAPPER.readTree(a0.resolve("manifest.json").toFile());
    assertThat(m.get("seed").asLong()).isEqualTo(7);
    assertThat(m.get("knotwork").get("version").asText()).isNotBlank();
    assertThat(m.get("knotwork").get("commit").asText()).isNotBlank();
    assertThat(m.get("kind").asText()).isEqualTo("reservoir");
    assertThat(m.get("metrics").get("quad@binary16:weights.meanHorizonSamples").asDouble())
        .isEqualTo(summary.get("results").get(1).get("meanHorizonSamples").asDouble());
    assertThat(summary.get("results").get(1).get("scope").asText()).isEqualTo("weights");
    assertThat(m.get("sha256").has("arrays.npz")).isTrue();
    var arrays = Npz.read(a0.resolve("arrays.npz"));
    NpyArray h = arrays.get("horizons");
    assertThat(h.shape()).containsExactly(4, 8);
    assertThat(arrays.get("mean_error").shape()).containsExactly(4, 200);
    assertThat(arrays.get("forecast").shape()).containsExactly(4, 1, 200, 3);
    // the NPZ horizons are the CSV's
    List<String> rows = Files.readAllLines(a0.resolve("horizons.csv"));
    for (int k = 0; k < 32; k++) {
      assertThat(Long.parseLong(rows.get(1 + k).split(",")[4])).isEqualTo(h.longs()[k]);
    }
    badInput(run("reservoir", "run", "--spec", spec.toString(), "--out", a0.toString()),
        "already holds a finished run");
  }

  @Test
  void presetsPrintSpecsThatReadBackToTheSameSpec() throws Exception {
    for (String preset : List.of("l63-comparison", "l96-precision", "l96-exponent")) {
      CliRun r = run("reservoir", "run", "--preset", preset, "--print-spec");
      assertThat(r.status()).isZero();
      Path f = dir.resolve(preset + ".json");
      Files.writeString(f, r.out());
      CliRun back = run("reservoir", "run", "--spec", f.toString(), "--print-spec");
      assertThat(back.out()).isEqualTo(r.out());
    }
    CliRun full = run("reservoir", "run", "--preset", "l96-comparison", "--full", "--print-spec",
        "--precision", "binary32,binary16:stored-values", "--seed", "3");
    JsonNode s = Json.MAPPER.readTree(full.out());
    assertThat(s.get("trainLength").asInt()).isEqualTo(500_000);
    assertThat(s.get("seed").asLong()).isEqualTo(3);
    assertThat(s.get("precisions").toString())
        .isEqualTo("[\"binary32:every-operation\",\"binary16:stored-values\"]");
  }

  @Test
  void badInputIsOneLineNamingTheField() throws Exception {
    badInput(run("reservoir", "run", "--preset", "l99", "--out", "x"), "--preset", "l63-comparison");
    badInput(run("reservoir", "run", "--out", "x"), "exactly one of --preset");
    badInput(run("reservoir", "run", "--preset", "l63-comparison"), "--out");
    badInput(run("reservoir", "run", "--preset", "l63-comparison", "--precision", "binary8",
        "--out", "x"), "--precision");
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"data\": ");
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"), "not valid JSON");
    Files.writeString(f, TINY.replace("\"degree\": 2}", "\"degree\": 2, \"ridge\": NaN}"));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"), "not valid JSON");
    Files.writeString(f, TINY.replace("\"reservoirSize\": 60", "\"reservoirSize\": 100000"));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"),
        "models[1].reservoirSize");
    Files.writeString(f, TINY.replace("\"degree\": 2}", "\"degree\": 2, \"depth\": 1}"));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"),
        "spec field models[0].depth: unknown field");
    Files.writeString(f, TINY.replace("\"binary16:weights\"", "\"binary16:sometimes\""));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"), "precisions[1]");
    Files.writeString(f, TINY.replace("\"length\": 6000", "\"length\": 3000"));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"), "trainLength");
    Files.writeString(f, TINY.replace("\"count\": 8", "\"count\": 80"));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"), "windows");
    badInput(run("reservoir", "run", "--spec", dir.resolve("none.json").toString(), "--out",
        "x"), "does not exist");
    Files.writeString(f, TINY.replace("\"trainLength\": 4000", "\"trainLength\": \"long\""));
    badInput(run("reservoir", "run", "--spec", f.toString(), "--out", "x"),
        "spec field trainLength: must be a whole number");
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, "a,b\n1,2\n3,NaN\n5,6\n");
    badInput(run("reservoir", "forecast", "--series", csv.toString(), "--dt", "0.1", "--train",
        "2", "--window", "1", "--count", "1", "--out", "x"), "line 3", "finite");
    Files.writeString(csv, "a,b\n1,2\n3\n");
    badInput(run("reservoir", "forecast", "--series", csv.toString(), "--dt", "0.1", "--train",
        "2", "--window", "1", "--out", "x"), "line 3");
    badInput(run("reservoir", "cost", "--esn-sizes", "0"), "--esn-sizes");
    badInput(run("reservoir", "cost", "--transform", "T9"), "--transform");
    badInput(run("reservoir", "render", dir.toString()), "not a finished");
  }

  @Test
  void forecastRunsOnYourOwnSeries() throws Exception {
    // a noisy-free rotation: u(t+1) = R u(t), linear, so D2R2 of degree 1 forecasts it exactly
    StringBuilder sb = new StringBuilder("t,x,y\n");
    double th = 0.05;
    for (int t = 0; t < 1200; t++) {
      sb.append(String.format(Locale.ROOT, "%.3f,%.17g,%.17g%n", t * 0.1, Math.cos(th * t),
          Math.sin(th * t)));
    }
    Path csv = dir.resolve("circle.csv");
    Files.writeString(csv, sb.toString());
    Path out = dir.resolve("byo");
    CliRun r = run("reservoir", "forecast", "--series", csv.toString(), "--dt", "0.1",
        "--time-column", "0", "--train", "800", "--window", "100", "--count", "3", "--models",
        "d2r2:1,lsr:40", "--scaling", "none", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("series.csv")).exists();
    JsonNode res = Json.MAPPER.readTree(r.out()).get("results");
    assertThat(res.get(0).get("model").asText()).isEqualTo("d2r2-p1");
    assertThat(res.get(0).get("meanHorizonSamples").asDouble()).isEqualTo(100.0);
    // the recorded spec points at the copied series and reproduces the run
    CliRun again = run("reservoir", "run", "--spec", out.resolve("spec.json").toString(),
        "--out", dir.resolve("byo2").toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(Files.mismatch(out.resolve("horizons.csv"),
        dir.resolve("byo2/horizons.csv"))).isEqualTo(-1L);
    ExperimentSpec recorded = (ExperimentSpec) RunDirectory.study(out).spec();
    assertThat(recorded.trainLength()).isEqualTo(800);
    // rerun reads the recorded copy of the series, even once the original is gone
    Files.delete(csv);
    RunDirectory.run(RunDirectory.study(out), dir.resolve("byo3"),
        RunDirectory.Options.of(1).rerunOf(out));
    assertThat(RunDirectory.compare(out, dir.resolve("byo3")).identical()).isTrue();
    assertThat(Studies.find("reservoir").name()).isEqualTo("reservoir");
  }

  @Test
  void costCountsOperationsForConfiguredSizes() {
    CliRun r = run("reservoir", "cost", "--inputs", "3", "--degrees", "2", "--esn-sizes", "100",
        "--transform", "NONE", "--train", "1000");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    // D2R2, K = 3, p = 2: P = C(5, 2) = 10 features; 3 * 10 readout multiplies + 6 quadratic
    // monomials = 36. ESN, N = 100, d = 3, no transform: 300 (A r) + 100 (W_in u, one input per
    // node) + 3 * 100 (readout) = 700 (notes section 7)
    String[] d2r2 = lines.get(1).split(",");
    String[] esn = lines.get(2).split(",");
    assertThat(d2r2[0]).isEqualTo("d2r2-p2");
    assertThat(d2r2[2]).isEqualTo("10");
    assertThat(d2r2[3]).isEqualTo("36");
    assertThat(esn[3]).isEqualTo("700");
    assertThat(Double.parseDouble(esn[13])).isEqualTo(700.0 / 36.0);
    CliRun md = run("reservoir", "cost", "--markdown");
    assertThat(md.out()).startsWith("| model | kind | features |").contains("| esn-n5000 | esn |");
  }

  @Test
  void renderWritesValidFigures() throws Exception {
    // byte-identity of repeated renders is tested in knotwork-render (ReservoirFiguresTest)
    Path spec = tinySpec();
    Path runDir = dir.resolve("r");
    assertThat(run("reservoir", "run", "--spec", spec.toString(), "--out", runDir.toString())
        .status()).isZero();
    badInput(run("reservoir", "render", runDir.toString(), "--components", "0,7"),
        "--components");
    assertThat(runDir.resolve("figures")).doesNotExist();
    CliRun r1 = run("reservoir", "render", runDir.toString());
    assertThat(r1.status()).as(r1.err()).isZero();
    JsonNode files = Json.MAPPER.readTree(r1.out()).get("figures");
    assertThat(files).hasSize(5);
    List<String> names = List.of("error-curves.png", "horizons.png", "attractor-quad.png",
        "attractor-lsr.png", "cost.md");
    for (String n : names) {
      Path p1 = runDir.resolve("figures").resolve(n);
      assertThat(p1).exists();
      if (n.endsWith(".png")) {
        var img = ImageIO.read(p1.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(800);
      }
    }
    assertThat(Files.readString(runDir.resolve("figures/cost.md")))
        .contains("| quad | d2r2 | 10 |");
  }
}
