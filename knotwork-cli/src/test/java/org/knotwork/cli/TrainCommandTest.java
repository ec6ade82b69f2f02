package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.io.NetJson;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainResult;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

/** The {@code train} subcommand: outputs, agreement with the library, bad input, kill -9. */
class TrainCommandTest {
  @TempDir
  Path dir;

  static NetworkParams net(int h) {
    Rng rng = Rng.of(3, "init");
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      w[i] = 0.5 * rng.gaussian();
      b[i] = 0.5 * rng.gaussian();
      v[i] = 2 * rng.gaussian();
    }
    return new NetworkParams(w, b, v, 0.1);
  }

  Path[] inputs(int h) throws IOException {
    Path n = dir.resolve("init.json");
    NetJson.write(n, net(h));
    Dataset d = Dataset.wiggly8();
    StringBuilder sb = new StringBuilder("x,y\n");
    for (int k = 0; k < d.size(); k++) {
      sb.append(d.x(k)).append(',').append(d.y(k)).append('\n');
    }
    Path data = dir.resolve("data.csv");
    Files.writeString(data, sb.toString());
    return new Path[] {n, data};
  }

  static List<String> args(Path[] in, Path out, String... rest) {
    List<String> a = new ArrayList<>(List.of("train", "--net", in[0].toString(), "--data",
        in[1].toString(), "--out", out.toString()));
    a.addAll(List.of(rest));
    return a;
  }

  static Map<String, byte[]> files(Path d) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(d)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        m.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return m;
  }

  @Test
  void gradientDescentWritesTheRunAndMatchesTheLibrary() throws IOException {
    Path[] in = inputs(6);
    Path out = dir.resolve("gd");
    CliRun r = CliRun.run(args(in, out, "--optimizer", "gd", "--lr", "0.05",
        "--steps", "300", "--snapshots", "4").toArray(String[]::new));
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("reason").asText()).isEqualTo("step_budget");
    assertThat(j.get("step").asLong()).isEqualTo(300);
    assertThat(files(out).keySet()).containsExactly("data.csv", "events.csv", "final.json",
        "init.json", "manifest.json", "metrics.csv", "net.json", "result.json",
        "snapshot_neurons.csv", "snapshots.csv", "snapshots.npz", "spec.json", "spline.json");
    assertThat(RunDirectory.manifest(out).kind()).isEqualTo("spline");
    assertThat(Files.readString(out.resolve("spec.json"))).contains("\"kind\" : \"spline\"")
        .contains("\"scheme\" : \"file\"");
    TrainResult lib = Trainer.run(ShallowProblem.of(Dataset.wiggly8(), net(6),
        Coordinates.NETWORK), TrainSpec.of(TrainMethod.Descent.fullBatch(
        new UpdateRule.GradientDescent(0.05)), StopCriteria.steps(300)), TrainingListener.none());
    assertThat(NetJson.read(out.resolve("net.json")))
        .isEqualTo(NetworkParams.fromVector(lib.last().theta()));
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(302);
    assertThat(Files.readAllLines(out.resolve("snapshots.csv"))).hasSize(5)
        .element(1).asString().startsWith("0,0,0.0,");
  }

  @Test
  void aTrainRunIsRerunByteForByteFromItsRecordedInputs() throws IOException {
    Path[] in = inputs(6);
    Path out = dir.resolve("a");
    assertThat(CliRun.run(args(in, out, "--optimizer", "adam", "--lr", "0.01", "--steps", "200",
        "--beta2", "0.99").toArray(String[]::new)).status()).isZero();
    // (that rerun reads the recorded data.csv and init.json when the inputs are gone is checked
    // by the spline kind's SplineRunDirectoryTest; the CLI's rerun passes rerunOf once rewritten)
    CliRun rr = CliRun.run("rerun", out.toString(), "--out", dir.resolve("b").toString());
    assertThat(rr.status()).as(rr.err()).isZero();
    assertThat(Json.MAPPER.readTree(rr.out()).get("identical").asBoolean()).isTrue();
    // nothing said about snapshots: about 100, log-spaced, for a video
    assertThat(Files.readAllLines(out.resolve("snapshots.csv")).size()).isBetween(60, 103);
    // a finished directory is not overwritten
    CliRun again = CliRun.run(args(in, out, "--optimizer", "gd", "--lr", "0.1", "--steps",
        "10").toArray(String[]::new));
    assertThat(again.status()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "adam", "flow"})
  void everyOptimizerRunsInBothCoordinates(String optimizer) throws IOException {
    Path[] in = inputs(5);
    for (String coords : new String[] {"nn", "spline"}) {
      Path out = dir.resolve(optimizer + "-" + coords);
      List<String> a = optimizer.equals("flow")
          ? args(in, out, "--optimizer", "flow", "--time", "3", "--coords", coords,
              "--snapshots", "5", "--snapshot-spacing", "log")
          : args(in, out, "--optimizer", optimizer, "--lr", "0.02", "--steps", "200",
              "--coords", coords, "--seed", "4");
      if (optimizer.equals("sgd")) {
        a.addAll(List.of("--batch", "3"));
      }
      CliRun r = CliRun.run(a.toArray(String[]::new));
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(NetJson.read(out.resolve("net.json")).width()).isEqualTo(5);
      assertThat(Files.readAllLines(out.resolve("events.csv")).get(0))
          .isEqualTo("time,neuron,data_index,kind");
      if (optimizer.equals("flow")) {
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("time").asDouble()).isEqualTo(3.0);
        assertThat(Files.readAllLines(out.resolve("snapshots.csv"))).hasSize(7);
      }
    }
  }

  @Test
  void theFlowMatchesTheLibraryAndReportsTheBalanceDrift() throws IOException {
    Path[] in = inputs(6);
    Path out = dir.resolve("flow");
    CliRun r = CliRun.run(args(in, out, "--optimizer", "flow", "--time", "5",
        "--snapshots", "11").toArray(String[]::new));
    assertThat(r.status()).isZero();
    ShallowProblem p = ShallowProblem.of(Dataset.wiggly8(), net(6), Coordinates.NETWORK);
    TrainResult lib = Trainer.run(p, TrainSpec.of(TrainMethod.Flow.withDefaults(),
        StopCriteria.time(5)).withSnapshots(SnapshotSchedule.uniform(SnapshotSchedule.Unit.TIME,
        5, 11)), TrainingListener.none());
    assertThat(NetJson.read(out.resolve("net.json"))).isEqualTo(p.network(lib.last().theta()));
    assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(1 + lib.events().size());
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("balanceDrift").asDouble()).isLessThan(1e-8);
    assertThat(j.get("events").asInt()).isEqualTo(lib.events().size());
  }

  @Test
  void divergenceStopsWithStatusThreeAndKeepsTheLastFiniteState() throws IOException {
    Path[] in = inputs(6);
    Path out = dir.resolve("div");
    CliRun r = CliRun.run(args(in, out, "--optimizer", "gd", "--lr", "50",
        "--steps", "1000").toArray(String[]::new));
    assertThat(r.status()).isEqualTo(TrainCommand.STOPPED_EARLY);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("knotwork: training stopped early: diverged");
    NetworkParams last = NetJson.read(out.resolve("net.json"));
    assertThat(last.width()).isEqualTo(6);
    assertThat(Json.MAPPER.readTree(r.out()).get("reason").asText()).isEqualTo("diverged");
  }

  @Test
  void badInputGivesOneLineAndStatusTwo() throws IOException {
    Path[] in = inputs(4);
    Path out = dir.resolve("bad");
    String[][] cases = {
        {"--optimizer", "gd", "--steps", "10"},
        {"--optimizer", "gd", "--lr", "0.1", "--steps", "10", "--batch", "2"},
        {"--optimizer", "sgd", "--lr", "0.1", "--steps", "10"},
        {"--optimizer", "sgd", "--lr", "0.1", "--steps", "10", "--batch", "99"},
        {"--optimizer", "flow", "--lr", "0.1", "--time", "1"},
        {"--optimizer", "flow", "--steps", "10"},
        {"--optimizer", "gd", "--lr", "0.1"},
        {"--optimizer", "gd", "--lr", "-1", "--steps", "10"},
        {"--optimizer", "adam", "--lr", "0.1", "--steps", "10", "--momentum", "0.5"},
        {"--optimizer", "gd", "--lr", "0.1", "--steps", "10", "--rtol", "1e-6"},
        {"--optimizer", "newton", "--lr", "0.1", "--steps", "10"},
        {"--optimizer", "gd", "--lr", "0.1", "--steps", "10", "--snapshots", "1"},
        {"--optimizer", "flow", "--time", "1", "--rtol", "2"},
    };
    for (String[] c : cases) {
      CliRun r = CliRun.run(args(in, out, c).toArray(String[]::new));
      assertThat(r.status()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("knotwork: ");
      assertThat(r.out()).isEmpty();
    }
    Files.writeString(in[1], "x,y\n1,oops\n");
    CliRun r = CliRun.run(args(in, dir.resolve("bad-data"), "--optimizer", "gd", "--lr", "0.1",
        "--steps", "10").toArray(String[]::new));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("line 2");
  }

  /**
   * A child JVM trains, is killed with SIGKILL after its first checkpoint, and the same command run
   * again resumes and ends with exactly the bytes of an uninterrupted run.
   */
  @ParameterizedTest
  @ValueSource(strings = {"sgd", "flow"})
  void aRunKilledWithSigkillResumesToTheSameBytes(String optimizer) throws Exception {
    Path[] in = inputs(12);
    String[] opts = optimizer.equals("flow")
        ? new String[] {"--optimizer", "flow", "--time", "400", "--checkpoint-every", "20",
            "--snapshots", "50", "--progress-every", "3"}
        : new String[] {"--optimizer", "sgd", "--lr", "0.02", "--batch", "3", "--steps",
            "30000", "--seed", "11", "--checkpoint-every", "300", "--snapshots", "40",
            "--progress-every", "10"};
    Path clean = dir.resolve("clean");
    assertThat(CliRun.run(args(in, clean, opts).toArray(String[]::new)).status()).isZero();

    Path killed = dir.resolve("killed");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(args(in, killed, opts));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    Path cp = killed.resolve("checkpoint.json");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(cp) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(Files.exists(cp)).as("the child wrote a checkpoint").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(killed.resolve("result.json"))).as("killed before the end").isFalse();

    CliRun resumed = CliRun.run(args(in, killed, opts).toArray(String[]::new));
    assertThat(resumed.status()).as(resumed.err()).isZero();
    Map<String, byte[]> a = files(clean);
    Map<String, byte[]> b = files(killed);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) {
      if (!name.equals(RunDirectory.MANIFEST)) { // the manifest holds the wall time
        assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
      }
    }
    assertThat(RunDirectory.compare(clean, killed).identical()).isTrue();
  }
}
