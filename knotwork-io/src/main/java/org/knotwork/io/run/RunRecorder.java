package org.knotwork.io.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.experiment.ResumableListener;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.Checkpoint;
import org.knotwork.train.FlowEvent;
import org.knotwork.train.Progress;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;
import org.knotwork.train.TrainResult;

/**
 * Writes a training run to a directory (formats in the package documentation). Open it with
 * {@link #open}; if the directory holds a checkpoint of the same run ({@code fingerprint}), the part
 * files are cut back to their lengths at that checkpoint and {@link #resumeFrom()} returns it (with
 * the progress rows and snapshots delivered before it), so the caller continues with {@code
 * Trainer.resume} (as {@link org.knotwork.experiment.ExperimentRunner} does); otherwise the run
 * starts afresh.
 *
 * <p>Rows are buffered in memory and written at each checkpoint (after which the part files are
 * forced to disk and the checkpoint file replaced atomically) and at the end. Not thread-safe.
 */
public final class RunRecorder implements ResumableListener {
  /** Buffered text beyond which a stream is written out early (bytes). */
  private static final int FLUSH_AT = 1 << 20;

  private final Path dir;
  private final ShallowProblem problem;
  private final String fingerprint;
  private final Map<String, FileChannel> channels = new LinkedHashMap<>();
  private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
  private final Checkpoint resumeFrom;
  private final List<Progress> progressBefore = new ArrayList<>();
  private final List<Snapshot> snapshotsBefore = new ArrayList<>();
  private long snapshots;

  private RunRecorder(Path dir, ShallowProblem problem, String fingerprint) {
    this.dir = dir;
    this.problem = problem;
    this.fingerprint = fingerprint;
    Path cpFile = dir.resolve(RunFiles.CHECKPOINT);
    CheckpointJson.Saved saved = Files.exists(cpFile) ? CheckpointJson.read(cpFile) : null;
    if (saved != null && !saved.fingerprint().equals(fingerprint)) {
      throw new InputException(dir + " holds the checkpoint of a different run; choose another "
          + "output directory or delete " + cpFile);
    }
    try {
      Files.createDirectories(dir);
      if (saved == null) {
        DataCsv.write(dir.resolve(RunFiles.DATA), problem.data());
        NetJson.write(dir.resolve(RunFiles.INIT), problem.initialNetwork());
      }
      for (String name : RunFiles.STREAMS) {
        Path part = dir.resolve(name + RunFiles.PART);
        FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        channels.put(name, ch);
        buffers.put(name, new StringBuilder());
        if (saved == null) {
          ch.truncate(0);
          buffers.get(name).append(RunFiles.header(name)).append('\n');
        } else {
          Long length = saved.fileLengths().get(name);
          if (length == null || ch.size() < length) {
            throw new InputException("cannot resume from " + cpFile + ": " + part
                + " is missing or shorter than at the checkpoint");
          }
          ch.truncate(length);
          ch.position(length);
        }
      }
      if (saved != null) {
        readBefore();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run directory " + dir + ": "
          + e.getMessage(), e);
    }
    this.resumeFrom = saved == null ? null : saved.checkpoint();
    this.snapshots = saved == null ? 0 : saved.snapshots();
  }

  /**
   * Opens {@code dir} for the run identified by {@code fingerprint} (any string that changes when
   * the inputs or options change).
   *
   * @throws InputException if the directory holds a checkpoint of another run, or a damaged one
   */
  public static RunRecorder open(Path dir, ShallowProblem problem, String fingerprint) {
    return new RunRecorder(dir, problem, fingerprint);
  }

  /** The checkpoint to resume from, or null when the run starts afresh. */
  @Override
  public Checkpoint resumeFrom() {
    return resumeFrom;
  }

  /** The checkpoint to resume from, if the directory held one of this run. */
  public Optional<Checkpoint> checkpoint() {
    return Optional.ofNullable(resumeFrom);
  }

  @Override
  public List<Progress> progressBefore() {
    return List.copyOf(progressBefore);
  }

  @Override
  public List<Snapshot> snapshotsBefore() {
    return List.copyOf(snapshotsBefore);
  }

  /** Reads back the rows and snapshots written up to the checkpoint (numbers round-trip). */
  private void readBefore() throws IOException {
    List<String> metrics = Files.readAllLines(dir.resolve(RunFiles.METRICS + RunFiles.PART));
    for (String line : metrics.subList(1, metrics.size())) {
      String[] f = line.split(",");
      progressBefore.add(new Progress(Long.parseLong(f[0]), Double.parseDouble(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
    List<String> thetas = Files.readAllLines(dir.resolve(RunFiles.SNAPSHOT_THETA + RunFiles.PART));
    for (String line : thetas.subList(1, thetas.size())) {
      String[] f = line.split(",");
      double[] theta = new double[f.length - 4];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = Double.parseDouble(f[k + 4]);
      }
      snapshotsBefore.add(new Snapshot(Long.parseLong(f[0]), Double.parseDouble(f[1]), theta,
          Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
  }

  @Override
  public void onProgress(Progress p) {
    append(RunFiles.METRICS, p.step() + "," + p.time() + "," + p.loss() + "," + p.gradientNorm());
  }

  @Override
  public void onSnapshot(Snapshot s) {
    long k = snapshots++;
    double[] theta = s.theta();
    NetworkParams net = problem.network(theta);
    SplineParams sp = problem.spline(theta);
    append(RunFiles.SNAPSHOTS, k + "," + s.step() + "," + s.time() + "," + s.loss() + ","
        + s.gradientNorm() + "," + net.c());
    StringBuilder rows = buffers.get(RunFiles.SNAPSHOT_NEURONS);
    for (int i = 0; i < net.width(); i++) {
      double w = net.w(i);
      double b = net.b(i);
      double v = net.v(i);
      int o = sp.orientation(i);
      rows.append(k).append(',').append(i).append(',').append(w).append(',').append(b)
          .append(',').append(v).append(',').append(o == 0 ? Double.NaN : sp.beta(i))
          .append(',').append(sp.mu(i)).append(',').append(o).append(',')
          .append(w * w + b * b - v * v).append('\n');
    }
    spill(RunFiles.SNAPSHOT_NEURONS);
    StringBuilder t = buffers.get(RunFiles.SNAPSHOT_THETA);
    t.append(s.step()).append(',').append(s.time()).append(',').append(s.loss()).append(',')
        .append(s.gradientNorm());
    for (double x : theta) {
      t.append(',').append(x);
    }
    t.append('\n');
    spill(RunFiles.SNAPSHOT_THETA);
  }

  @Override
  public void onEvent(FlowEvent e) {
    append(RunFiles.EVENTS, e.time() + "," + e.neuron() + "," + e.dataIndex() + ","
        + e.kind().fileName());
  }

  @Override
  public void onCheckpoint(Checkpoint c) {
    Map<String, Long> lengths = new LinkedHashMap<>();
    try {
      for (String name : RunFiles.STREAMS) {
        write(name);
        FileChannel ch = channels.get(name);
        ch.force(false);
        lengths.put(name, ch.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
    }
    CheckpointJson.write(dir.resolve(RunFiles.CHECKPOINT),
        new CheckpointJson.Saved(fingerprint, lengths, snapshots, c));
  }

  /**
   * Completes the directory: removes the checkpoint, writes {@code net.json} and
   * {@code result.json}, and gives the CSVs their final names. A kill at any point in here leaves a
   * directory from which the same run either resumes or restarts, with the same final bytes.
   */
  @Override
  public void onFinish(TrainResult r) {
    try {
      for (String name : RunFiles.STREAMS) {
        write(name);
        FileChannel ch = channels.get(name);
        ch.force(false);
        ch.close();
      }
      Files.deleteIfExists(dir.resolve(RunFiles.CHECKPOINT));
      NetJson.write(dir.resolve(RunFiles.NET), problem.network(r.last().theta()));
      AtomicFiles.writeString(dir.resolve(RunFiles.RESULT), Json.write(summary(r)) + "\n");
      for (String name : RunFiles.STREAMS) {
        if (name.equals(RunFiles.SNAPSHOT_THETA)) {
          Files.deleteIfExists(dir.resolve(name + RunFiles.PART));
        } else {
          move(dir.resolve(name + RunFiles.PART), dir.resolve(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The result as a JSON-ready map (also printed by the CLI). */
  public static Map<String, Object> summary(TrainResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT));
    m.put("message", r.message());
    m.put("step", r.last().step());
    m.put("time", r.last().time());
    m.put("loss", r.last().loss());
    m.put("gradientNorm", r.last().gradientNorm());
    m.put("events", r.events().size());
    m.put("balanceDrift", Double.isNaN(r.balanceDrift()) ? null : r.balanceDrift());
    return m;
  }

  private void append(String name, String row) {
    buffers.get(name).append(row).append('\n');
    spill(name);
  }

  private void spill(String name) {
    if (buffers.get(name).length() >= FLUSH_AT) {
      try {
        write(name);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  private void write(String name) throws IOException {
    StringBuilder sb = buffers.get(name);
    if (sb.length() == 0) {
      return;
    }
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(sb.toString());
    FileChannel ch = channels.get(name);
    while (bytes.hasRemaining()) {
      ch.write(bytes);
    }
    sb.setLength(0);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
