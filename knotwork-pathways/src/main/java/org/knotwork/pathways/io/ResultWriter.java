package org.knotwork.pathways.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.pathways.analysis.PathwayShares;
import org.knotwork.pathways.data.ModeBlock;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.train.Snapshot;
import org.knotwork.pathways.train.Trace;

/**
 * Writes result records into run directories. Pathways and modes are numbered from 1 in file
 * headers and columns.
 *
 * <p>A network run's files:
 * <ul>
 *   <li>{@code summary.json}: the spec, singular values, blocks, final loss, specialisation index,
 *       final shares, half-learning steps per mode, divergence flag;
 *   <li>{@code trace.csv}: {@code step,time,loss,si,K_p1_m1,...} per recorded step (si empty unless
 *       two pathways);
 *   <li>{@code snapshots.csv}: {@code step,pathway,row,col,value}, the full K matrices (long format);
 *   <li>{@code shares.csv}: {@code mode,block,singular_value,share_p1,...} at the end;
 *   <li>{@code steps.npy} (int64 [T]), {@code loss.npy} (float64 [T]), {@code strengths.npy}
 *       (float64 [T, pathways, modes]: K<sub>j,&alpha;&alpha;</sub> over time),
 *       {@code singular_values.npy} (float64 [modes]), {@code snapshot_steps.npy} (int64 [S]) and
 *       {@code k_snapshots.npy} (float64 [S, pathways, modes, modes]: the full K matrices).
 * </ul>
 * An experiment writes {@code experiment.json} (spec and one summary line per run) and one
 * sub-directory per run holding the run's files and its {@code spec.json} (the run as a {@code
 * pathways} spec of its own). A phase-plane result is {@code summary.json}, {@code starts.csv},
 * {@code trajectories.csv}, {@code field.csv}, {@code trajectories.npy} (float64 [panels, starts, T,
 * 2]), {@code times.npy} and {@code end_states.npy} (float64 [panels, starts, 2]). Every file is
 * written atomically and is a pure function of the result.
 */
public final class ResultWriter {
  private ResultWriter() {}

  /** Writes one network run's files into {@code dir}. */
  public static void writeRun(Path dir, NetworkRunResult r) {
    AtomicFiles.writeString(dir.resolve("summary.json"), json(runSummary(r, true)));
    AtomicFiles.writeString(dir.resolve("trace.csv"), traceCsv(r.trace()));
    AtomicFiles.writeString(dir.resolve("snapshots.csv"), snapshotsCsv(r.trace()));
    AtomicFiles.writeString(dir.resolve("shares.csv"), sharesCsv(r));
    writeArrays(dir, r);
  }

  /**
   * Writes an experiment: {@code experiment.json} and one sub-directory per run with its files and
   * {@code spec.json} ({@code runSpec} gives the run's canonical spec text).
   */
  public static void writeExperiment(Path dir, ExperimentResult r,
      Function<NetworkRunSpec, String> runSpec) {
    List<Object> runs = new ArrayList<>();
    for (NetworkRunResult run : r.runs()) {
      Path sub = dir.resolve(run.spec().name());
      AtomicFiles.writeString(sub.resolve("spec.json"), runSpec.apply(run.spec()));
      writeRun(sub, run);
      runs.add(runSummary(run, false));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", SpecTrees.writeExperiment(r.spec()));
    m.put("runs", runs);
    AtomicFiles.writeString(dir.resolve("experiment.json"), json(m));
  }

  /** Writes a phase-plane result into {@code dir}. */
  public static void writePhasePlane(Path dir, PhasePlaneResult r) {
    List<Object> panels = new ArrayList<>();
    StringBuilder starts = new StringBuilder(
        "spread,depth,start,p0_a,p0_b,K_a,K_b,end_K_a,end_K_b,winner_share\n");
    StringBuilder traj = new StringBuilder("spread,depth,start,t,K_a,K_b\n");
    StringBuilder field = new StringBuilder("spread,depth,K_a,K_b,dK_a,dK_b\n");
    double target = r.spec().target();
    for (PhasePlanePanel p : r.panels()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("depth", p.depth());
      m.put("spread", p.spread());
      m.put("stats", p.stats());
      panels.add(m);
      String key = num(p.spread()) + "," + p.depth() + ",";
      for (int i = 0; i < p.initialP().length; i++) {
        double[] k = p.finalK()[i];
        starts.append(key).append(i + 1).append(',').append(num(p.initialP()[i][0]))
            .append(',').append(num(p.initialP()[i][1])).append(',').append(num(k[0]))
            .append(',').append(num(k[1])).append(',').append(num(p.endStateK()[i][0]))
            .append(',').append(num(p.endStateK()[i][1])).append(',')
            .append(num(Math.max(k[0], k[1]) / target)).append('\n');
        for (int t = 0; t < p.times().length; t++) {
          traj.append(key).append(i + 1).append(',').append(num(p.times()[t])).append(',')
              .append(num(p.trajectories()[i][t][0])).append(',')
              .append(num(p.trajectories()[i][t][1])).append('\n');
        }
      }
      double[] axis = p.fieldAxis();
      for (int i = 0; i < axis.length; i++) {
        for (int k = 0; k < axis.length; k++) {
          double[] v = p.field()[i][k];
          field.append(key).append(num(axis[i])).append(',').append(num(axis[k]))
              .append(',').append(num(v[0])).append(',').append(num(v[1])).append('\n');
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", SpecTrees.writePhasePlane(r.spec()));
    m.put("panels", panels);
    AtomicFiles.writeString(dir.resolve("summary.json"), json(m));
    AtomicFiles.writeString(dir.resolve("starts.csv"), starts.toString());
    AtomicFiles.writeString(dir.resolve("trajectories.csv"), traj.toString());
    AtomicFiles.writeString(dir.resolve("field.csv"), field.toString());
    writePhasePlaneArrays(dir, r);
  }

  private static void writePhasePlaneArrays(Path dir, PhasePlaneResult r) {
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
    Npy.write(dir.resolve("trajectories.npy"),
        NpyArray.of(new int[] {panels.size(), starts, times, 2}, traj));
    Npy.write(dir.resolve("times.npy"), NpyArray.of(panels.get(0).times()));
    Npy.write(dir.resolve("end_states.npy"),
        NpyArray.of(new int[] {panels.size(), starts, 2}, end));
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

  private static Map<String, Object> runSummary(NetworkRunResult r, boolean full) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.spec().name());
    if (full) {
      m.put("spec", SpecTrees.writeRun(r.spec()));
      m.put("singularValues", r.singularValues());
      List<Object> blocks = new ArrayList<>();
      for (ModeBlock b : r.blocks()) {
        blocks.add(b);
      }
      m.put("blocks", blocks);
    } else {
      m.put("depths", r.spec().depths());
      m.put("widths", r.spec().widths());
      m.put("activation", r.spec().activation());
      m.put("steps", r.spec().train().steps());
      m.put("seed", r.spec().seed());
    }
    m.put("finalLoss", r.finalLoss());
    m.put("diverged", r.trace().diverged());
    PathwayShares shares = r.trace().finalShares();
    m.put("specializationIndex", shares.pathways() == 2 ? shares.specializationIndex() : null);
    m.put("finalShares", shares.shares());
    int modes = r.trace().strengths()[0][0].length;
    int[] half = new int[modes];
    for (int a = 0; a < modes; a++) {
      half[a] = r.halfLearnedStep(a);
    }
    m.put("halfLearnedSteps", half);
    return m;
  }

  static String traceCsv(Trace t) {
    int pathways = t.strengths()[0].length;
    int modes = t.strengths()[0][0].length;
    StringBuilder sb = new StringBuilder("step,time,loss,si");
    for (int j = 0; j < pathways; j++) {
      for (int a = 0; a < modes; a++) {
        sb.append(",K_p").append(j + 1).append("_m").append(a + 1);
      }
    }
    sb.append('\n');
    for (int i = 0; i < t.size(); i++) {
      sb.append(t.steps()[i]).append(',').append(num(t.times()[i])).append(',')
          .append(num(t.loss()[i])).append(',');
      if (t.specialization().length > 0) {
        sb.append(num(t.specialization()[i]));
      }
      for (double[] k : t.strengths()[i]) {
        for (double v : k) {
          sb.append(',').append(num(v));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String snapshotsCsv(Trace t) {
    StringBuilder sb = new StringBuilder("step,pathway,row,col,value\n");
    for (Snapshot s : t.snapshots()) {
      for (int j = 0; j < s.k().length; j++) {
        double[][] k = s.k()[j];
        for (int a = 0; a < k.length; a++) {
          for (int b = 0; b < k[a].length; b++) {
            sb.append(s.step()).append(',').append(j + 1).append(',').append(a + 1).append(',')
                .append(b + 1).append(',').append(num(k[a][b])).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  static String sharesCsv(NetworkRunResult r) {
    PathwayShares s = r.trace().finalShares();
    StringBuilder sb = new StringBuilder("mode,block,singular_value");
    for (int j = 0; j < s.pathways(); j++) {
      sb.append(",share_p").append(j + 1);
    }
    sb.append('\n');
    for (int b = 0; b < s.blocks().size(); b++) {
      ModeBlock blk = s.blocks().get(b);
      for (int a = blk.start(); a < blk.end(); a++) {
        sb.append(a + 1).append(',').append(b + 1).append(',').append(num(blk.value()));
        for (int j = 0; j < s.pathways(); j++) {
          sb.append(',').append(num(s.shares()[j][a]));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** A number that reads back to the same double. */
  private static String num(double v) {
    return Double.toString(v);
  }

  private static String json(Object o) {
    try {
      return Json.PRETTY.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise result: " + e.getOriginalMessage(), e);
    }
  }
}
