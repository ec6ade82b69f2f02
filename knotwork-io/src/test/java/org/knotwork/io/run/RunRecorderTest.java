package org.knotwork.io.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.Dataset;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.InputException;
import org.knotwork.io.NetJson;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;
import org.knotwork.train.Checkpoint;
import org.knotwork.train.FlowEvent;
import org.knotwork.train.Progress;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainResult;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

class RunRecorderTest {
  @TempDir
  Path tmp;

  static NetworkParams net() {
    Rng rng = Rng.of(1, "init");
    int h = 6;
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

  static ShallowProblem problem(Coordinates coords) {
    return ShallowProblem.of(Dataset.wiggly8(), net(), coords);
  }

  static TrainSpec flowSpec() {
    return TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(12))
        .withSnapshots(SnapshotSchedule.uniform(SnapshotSchedule.Unit.TIME, 12, 25))
        .withCheckpointEvery(20).withProgressEvery(2);
  }

  static TrainSpec sgdSpec() {
    return TrainSpec.of(new TrainMethod.Descent(new UpdateRule.HeavyBall(0.05, 0.5), 3),
        StopCriteria.steps(600)).withSeed(9)
        .withSnapshots(SnapshotSchedule.logSpaced(SnapshotSchedule.Unit.STEP, 1, 600, 8))
        .withCheckpointEvery(100).withProgressEvery(5);
  }

  static TrainResult run(Path dir, ShallowProblem p, TrainSpec s, TrainingListener extra) {
    RunRecorder rec = RunRecorder.open(dir, p, "fp");
    TrainingListener l = TrainingListener.all(rec, extra);
    return rec.checkpoint().map(c -> Trainer.resume(p, s, c, l)).orElseGet(() ->
        Trainer.run(p, s, l));
  }

  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        m.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return m;
  }

  /** Everything the listener received is in the files, in order, with the same bits. */
  @Test
  void theFilesHoldExactlyWhatTheRunDelivered() throws IOException {
    ShallowProblem p = problem(Coordinates.NETWORK);
    List<Progress> progress = new ArrayList<>();
    List<Snapshot> snaps = new ArrayList<>();
    List<FlowEvent> events = new ArrayList<>();
    Path dir = tmp.resolve("run");
    TrainResult r = run(dir, p, flowSpec(), new TrainingListener() {
      @Override
      public void onProgress(Progress q) {
        progress.add(q);
      }

      @Override
      public void onSnapshot(Snapshot s) {
        snaps.add(s);
      }

      @Override
      public void onEvent(FlowEvent e) {
        events.add(e);
      }
    });
    assertThat(files(dir).keySet()).containsExactly("data.csv", "events.csv", "init.json",
        "metrics.csv", "net.json", "result.json", "snapshot_neurons.csv", "snapshots.csv");
    assertThat(DataCsv.read(dir.resolve(RunFiles.DATA))).isEqualTo(p.data());
    assertThat(NetJson.read(dir.resolve(RunFiles.INIT))).isEqualTo(p.initialNetwork());
    List<String> metrics = Files.readAllLines(dir.resolve(RunFiles.METRICS));
    assertThat(metrics.get(0)).isEqualTo("step,time,loss,grad_norm");
    assertThat(metrics).hasSize(progress.size() + 1);
    for (int k = 0; k < progress.size(); k++) {
      String[] f = metrics.get(k + 1).split(",");
      assertThat(Long.parseLong(f[0])).isEqualTo(progress.get(k).step());
      assertThat(Double.parseDouble(f[1])).isEqualTo(progress.get(k).time());
      assertThat(Double.parseDouble(f[2])).isEqualTo(progress.get(k).loss());
      assertThat(Double.parseDouble(f[3])).isEqualTo(progress.get(k).gradientNorm());
    }
    List<String> neurons = Files.readAllLines(dir.resolve(RunFiles.SNAPSHOT_NEURONS));
    int h = p.width();
    assertThat(neurons).hasSize(1 + h * snaps.size());
    for (int k = 0; k < snaps.size(); k++) {
      NetworkParams n = p.network(snaps.get(k).theta());
      for (int i = 0; i < h; i++) {
        String[] f = neurons.get(1 + k * h + i).split(",");
        assertThat(Integer.parseInt(f[0])).isEqualTo(k);
        assertThat(Double.parseDouble(f[2])).isEqualTo(n.w(i));
        assertThat(Double.parseDouble(f[3])).isEqualTo(n.b(i));
        assertThat(Double.parseDouble(f[4])).isEqualTo(n.v(i));
        assertThat(Double.parseDouble(f[5])).isEqualTo(n.toSpline().beta(i));
        assertThat(Double.parseDouble(f[8])).isEqualTo(n.balance()[i]);
      }
    }
    List<String> ev = Files.readAllLines(dir.resolve(RunFiles.EVENTS));
    assertThat(ev).hasSize(1 + events.size());
    assertThat(events).isEqualTo(r.events()).isNotEmpty();
    for (int k = 0; k < events.size(); k++) {
      String[] f = ev.get(k + 1).split(",");
      assertThat(new FlowEvent(Double.parseDouble(f[0]), Integer.parseInt(f[1]),
          Integer.parseInt(f[2]), FlowEvent.Kind.parse(f[3]))).isEqualTo(events.get(k));
    }
    assertThat(NetJson.read(dir.resolve(RunFiles.NET))).isEqualTo(p.network(r.last().theta()));
    assertThat(Files.readString(dir.resolve(RunFiles.RESULT))).contains("\"reason\":\"time_budget\"");
  }

  @Test
  void checkpointFilesRoundTripExactly() {
    ShallowProblem p = problem(Coordinates.NETWORK);
    List<Checkpoint> cps = new ArrayList<>();
    Trainer.run(p, flowSpec(), new TrainingListener() {
      @Override
      public void onCheckpoint(Checkpoint c) {
        cps.add(c);
      }
    });
    assertThat(cps).isNotEmpty();
    for (Checkpoint c : cps) {
      Path f = tmp.resolve("cp.json");
      CheckpointJson.write(f, new CheckpointJson.Saved("x", Map.of("a", 3L), 7, c));
      CheckpointJson.Saved back = CheckpointJson.read(f);
      assertThat(back.checkpoint()).isEqualTo(c);
      assertThat(back.snapshots()).isEqualTo(7);
      assertThat(back.fileLengths()).containsEntry("a", 3L);
    }
  }

  /** Simulates a kill: the process stops dead after the n-th delivery, buffers lost. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** Uninterrupted runs' files, computed once per configuration. */
  private static final Map<String, Map<String, byte[]>> CLEAN = new java.util.HashMap<>();

  static Stream<Arguments> crashes() {
    return Stream.of(Coordinates.values()).flatMap(c -> Stream.of(
        Arguments.of(c, "flow", 5), Arguments.of(c, "flow", 60), Arguments.of(c, "flow", 111),
        Arguments.of(c, "flow", -1), Arguments.of(c, "sgd", 40), Arguments.of(c, "sgd", 100),
        Arguments.of(c, "sgd", -1)));
  }

  /** Killed at any point (n = -1: just before finishing), the resumed run ends with the same bytes. */
  @ParameterizedTest
  @MethodSource("crashes")
  void aRunKilledAnywhereResumesToTheSameBytes(Coordinates coords, String method, int killAt)
      throws IOException {
    ShallowProblem p = problem(coords);
    TrainSpec s = method.equals("flow") ? flowSpec() : sgdSpec();
    Map<String, byte[]> a = CLEAN.computeIfAbsent(coords + "/" + method, key -> {
      Path clean = tmp.resolve("clean");
      run(clean, p, s, TrainingListener.none());
      try {
        return files(clean);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Path dir = tmp.resolve("killed");
    int[] count = {0};
    TrainingListener killer = new TrainingListener() {
      private void tick() {
        if (++count[0] == killAt) {
          throw new Killed();
        }
      }

      @Override
      public void onProgress(Progress q) {
        tick();
      }

      @Override
      public void onSnapshot(Snapshot x) {
        tick();
      }

      @Override
      public void onEvent(FlowEvent e) {
        tick();
      }

      @Override
      public void onCheckpoint(Checkpoint c) {
        tick();
      }
    };
    RunRecorder rec = RunRecorder.open(dir, p, "fp");
    try {
      Trainer.run(p, s, new TrainingListener() {
        @Override
        public void onProgress(Progress q) {
          rec.onProgress(q);
          killer.onProgress(q);
        }

        @Override
        public void onSnapshot(Snapshot x) {
          rec.onSnapshot(x);
          killer.onSnapshot(x);
        }

        @Override
        public void onEvent(FlowEvent e) {
          rec.onEvent(e);
          killer.onEvent(e);
        }

        @Override
        public void onCheckpoint(Checkpoint c) {
          rec.onCheckpoint(c);
          killer.onCheckpoint(c);
        }

        @Override
        public void onFinish(TrainResult r) {
          if (killAt < 0) {
            throw new Killed();
          }
          rec.onFinish(r);
        }
      });
    } catch (Killed expected) {
      // the "process" died here
    }
    assertThat(Files.exists(dir.resolve(RunFiles.RESULT))).isFalse();
    run(dir, p, s, TrainingListener.none());
    Map<String, byte[]> b = files(dir);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) {
      assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
    }
  }

  @Test
  void aCheckpointOfAnotherRunIsRefused() throws IOException {
    ShallowProblem p = problem(Coordinates.NETWORK);
    Path dir = tmp.resolve("other");
    RunRecorder rec = RunRecorder.open(dir, p, "first");
    rec.onCheckpoint(new Checkpoint(0, 0, p.initialTheta(), new double[0][], null, List.of(), 0,
        1.0));
    assertThatThrownBy(() -> RunRecorder.open(dir, p, "second"))
        .isInstanceOf(InputException.class).hasMessageContaining("different run");
    Files.writeString(dir.resolve(RunFiles.METRICS + RunFiles.PART), "");
    Files.writeString(dir.resolve(RunFiles.CHECKPOINT), Files.readString(
        dir.resolve(RunFiles.CHECKPOINT)).replace("\"metrics.csv\":", "\"metrics.csv\":9"));
    assertThatThrownBy(() -> RunRecorder.open(dir, p, "first"))
        .isInstanceOf(InputException.class).hasMessageContaining("shorter");
  }
}
