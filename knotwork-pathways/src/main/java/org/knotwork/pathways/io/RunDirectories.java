package org.knotwork.pathways.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.train.Snapshot;
import org.knotwork.pathways.train.Trace;

/**
 * Complete run directories: the {@link ResultWriter} files plus the spec, the data, NumPy arrays
 * and a manifest. The directory is assembled under a temporary name beside the target and renamed
 * when complete, so {@code DIR} either does not exist or holds a finished run; an existing
 * {@code DIR} is refused.
 *
 * <p>Files of a network run (in the run's directory; for an experiment, one sub-directory per run
 * plus {@code experiment.json} at the top):
 * <ul>
 *   <li>{@code spec.json} (the run or experiment spec), {@code data.csv} (the training data);
 *   <li>{@code summary.json}, {@code trace.csv}, {@code snapshots.csv}, {@code shares.csv} (see
 *       {@link ResultWriter});
 *   <li>{@code steps.npy} (int64 [T]), {@code loss.npy} (float64 [T]), {@code strengths.npy}
 *       (float64 [T, pathways, modes]: K<sub>j,&alpha;&alpha;</sub> over time),
 *       {@code singular_values.npy} (float64 [modes]), {@code snapshot_steps.npy} (int64 [S]) and
 *       {@code k_snapshots.npy} (float64 [S, pathways, modes, modes]: the full K matrices).
 * </ul>
 * A phase-plane directory holds {@code spec.json}, the {@link ResultWriter} files and
 * {@code trajectories.npy} (float64 [panels, starts, T, 2]), {@code times.npy},
 * {@code end_states.npy} (float64 [panels, starts, 2]).
 *
 * <p>{@code manifest.json}, written last, holds the Knotwork version and git commit, the JVM, the
 * seed(s), the start time and wall time and the SHA-256 of every other file. Every file except the
 * manifest is a pure function of spec, data and Knotwork version.
 */
public final class RunDirectories {
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private RunDirectories() {}

  /** Writes one network run (trained on {@code data}) as the directory {@code dir}. */
  public static void writeRun(Path dir, NetworkRunResult r, IoData data, Instant started,
      double wallSeconds) {
    assemble(dir, tmp -> {
      SpecJson.write(tmp.resolve("spec.json"), r.spec());
      DataCsv.write(tmp.resolve("data.csv"), data);
      writeRunFiles(tmp, r);
    }, List.of(r.spec().seed()), started, wallSeconds);
  }

  /** Writes an experiment (one sub-directory per run) as the directory {@code dir}. */
  public static void writeExperiment(Path dir, ExperimentResult r, IoData data, Instant started,
      double wallSeconds) {
    List<Long> seeds = new ArrayList<>();
    for (NetworkRunResult run : r.runs()) {
      seeds.add(run.spec().seed());
    }
    assemble(dir, tmp -> {
      SpecJson.write(tmp.resolve("spec.json"), r.spec());
      DataCsv.write(tmp.resolve("data.csv"), data);
      ResultWriter.writeExperiment(tmp, r);
      for (NetworkRunResult run : r.runs()) {
        Path sub = tmp.resolve(run.spec().name());
        SpecJson.write(sub.resolve("spec.json"), run.spec());
        writeArrays(sub, run);
      }
    }, seeds, started, wallSeconds);
  }

  /** Writes a phase-plane result as the directory {@code dir}. */
  public static void writePhasePlane(Path dir, PhasePlaneResult r, Instant started,
      double wallSeconds) {
    assemble(dir, tmp -> {
      SpecJson.write(tmp.resolve("spec.json"), r.spec());
      ResultWriter.writePhasePlane(tmp, r);
      List<PhasePlanePanel> panels = r.panels();
      int starts = r.spec().starts();
      int times = panels.get(0).times().length;
      double[] traj = new double[panels.size() * starts * times * 2];
      double[] end = new double[panels.size() * starts * 2];
      int t = 0;
      int e = 0;
      for (PhasePlanePanel p : panels) {
        for (int i = 0; i < starts; i++) {
          for (double[] k : p.trajectories()[i]) {
            traj[t++] = k[0];
            traj[t++] = k[1];
          }
          end[e++] = p.endStateK()[i][0];
          end[e++] = p.endStateK()[i][1];
        }
      }
      Npy.write(tmp.resolve("trajectories.npy"),
          NpyArray.of(new int[] {panels.size(), starts, times, 2}, traj));
      Npy.write(tmp.resolve("times.npy"), NpyArray.of(panels.get(0).times()));
      Npy.write(tmp.resolve("end_states.npy"),
          NpyArray.of(new int[] {panels.size(), starts, 2}, end));
    }, List.of(r.spec().seed()), started, wallSeconds);
  }

  /** The result files and arrays of one run, written into an existing or new directory. */
  static void writeRunFiles(Path dir, NetworkRunResult r) {
    ResultWriter.writeRun(dir, r);
    writeArrays(dir, r);
  }

  private static void writeArrays(Path dir, NetworkRunResult r) {
    Trace t = r.trace();
    int n = t.size();
    int pathways = t.strengths()[0].length;
    int modes = t.strengths()[0][0].length;
    long[] steps = new long[n];
    double[] k = new double[n * pathways * modes];
    int o = 0;
    for (int i = 0; i < n; i++) {
      steps[i] = t.steps()[i];
      for (double[] kj : t.strengths()[i]) {
        for (double v : kj) {
          k[o++] = v;
        }
      }
    }
    Npy.write(dir.resolve("steps.npy"), NpyArray.ofLongs(steps));
    Npy.write(dir.resolve("loss.npy"), NpyArray.of(t.loss().clone()));
    Npy.write(dir.resolve("strengths.npy"), NpyArray.of(new int[] {n, pathways, modes}, k));
    Npy.write(dir.resolve("singular_values.npy"), NpyArray.of(r.singularValues().clone()));
    List<Snapshot> snaps = t.snapshots();
    long[] snapSteps = new long[snaps.size()];
    int rows = snaps.isEmpty() ? modes : snaps.get(0).k()[0].length;
    int cols = snaps.isEmpty() ? modes : snaps.get(0).k()[0][0].length;
    double[] kk = new double[snaps.size() * pathways * rows * cols];
    o = 0;
    for (int s = 0; s < snaps.size(); s++) {
      snapSteps[s] = snaps.get(s).step();
      for (double[][] kj : snaps.get(s).k()) {
        for (double[] row : kj) {
          for (double v : row) {
            kk[o++] = v;
          }
        }
      }
    }
    Npy.write(dir.resolve("snapshot_steps.npy"), NpyArray.ofLongs(snapSteps));
    Npy.write(dir.resolve("k_snapshots.npy"),
        NpyArray.of(new int[] {snaps.size(), pathways, rows, cols}, kk));
  }

  /**
   * Builds the directory under a temporary sibling name, writes the manifest, then renames it to
   * {@code dir}.
   */
  private static void assemble(Path dir, Consumer<Path> content, List<Long> seeds,
      Instant started, double wallSeconds) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs)) {
      throw new InputException("output directory " + dir + " already exists; choose a new one");
    }
    Path parent = abs.getParent();
    Path tmp;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
      if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // createTempDirectory makes the directory private; results are meant to be shared
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    boolean done = false;
    try {
      content.accept(tmp);
      writeManifest(tmp, seeds, started, wallSeconds);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs);
      }
      done = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    } finally {
      if (!done) {
        deleteTree(tmp);
      }
    }
  }

  private static void writeManifest(Path dir, List<Long> seeds, Instant started,
      double wallSeconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("version", BuildInfo.version());
    kw.put("commit", BuildInfo.gitCommit());
    m.put("knotwork", kw);
    m.put("jvm", BuildInfo.jvm());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("seeds", seeds);
    m.put("started", started.toString());
    m.put("wallSeconds", wallSeconds);
    m.put("sha256", digests(dir));
    try {
      AtomicFiles.writeString(dir.resolve(MANIFEST), Json.PRETTY.writeValueAsString(m) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /**
   * SHA-256 (hex) of every regular file under {@code dir} except the manifest, by relative path
   * ('/'-separated, sorted).
   */
  public static Map<String, String> digests(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return Digests.sha256(dir, files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !name.equals(MANIFEST)).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }


  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort: the failure that brought us here is what the caller needs to see
    }
  }
}
