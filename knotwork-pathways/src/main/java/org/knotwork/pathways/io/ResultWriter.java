package org.knotwork.pathways.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.pathways.analysis.PathwayShares;
import org.knotwork.pathways.data.ModeBlock;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.train.Snapshot;
import org.knotwork.pathways.train.Trace;

/**
 * Writes result records into run directories. Pathways and modes are numbered from 1 in file
 * headers and columns.
 *
 * <p>A network run directory holds:
 * <ul>
 *   <li>{@code summary.json}: the spec, singular values, blocks, final loss, specialisation index,
 *       final shares, half-learning steps per mode, divergence flag;
 *   <li>{@code trace.csv}: {@code step,time,loss,si,K_p1_m1,...} per recorded step (si empty unless
 *       two pathways);
 *   <li>{@code snapshots.csv}: {@code step,pathway,row,col,value}, the full K matrices (long format);
 *   <li>{@code shares.csv}: {@code mode,block,singular_value,share_p1,...} at the end.
 * </ul>
 * An experiment directory holds {@code experiment.json} (spec and one summary line per run) and one
 * sub-directory per run. A phase-plane directory holds {@code summary.json}, {@code starts.csv},
 * {@code trajectories.csv} and {@code field.csv}.
 */
public final class ResultWriter {
  private ResultWriter() {}

  /** Writes one network run into {@code dir}. */
  public static void writeRun(Path dir, NetworkRunResult r) {
    AtomicFiles.writeString(dir.resolve("summary.json"), json(runSummary(r, true)));
    AtomicFiles.writeString(dir.resolve("trace.csv"), traceCsv(r.trace()));
    AtomicFiles.writeString(dir.resolve("snapshots.csv"), snapshotsCsv(r.trace()));
    AtomicFiles.writeString(dir.resolve("shares.csv"), sharesCsv(r));
  }

  /** Writes an experiment: {@code experiment.json} and one sub-directory per run. */
  public static void writeExperiment(Path dir, ExperimentResult r) {
    List<Object> runs = new ArrayList<>();
    for (NetworkRunResult run : r.runs()) {
      writeRun(dir.resolve(run.spec().name()), run);
      runs.add(runSummary(run, false));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", r.spec());
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
      String key = Csv.num(p.spread()) + "," + p.depth() + ",";
      for (int i = 0; i < p.initialP().length; i++) {
        double[] k = p.finalK()[i];
        starts.append(key).append(i + 1).append(',').append(Csv.num(p.initialP()[i][0]))
            .append(',').append(Csv.num(p.initialP()[i][1])).append(',').append(Csv.num(k[0]))
            .append(',').append(Csv.num(k[1])).append(',').append(Csv.num(p.endStateK()[i][0]))
            .append(',').append(Csv.num(p.endStateK()[i][1])).append(',')
            .append(Csv.num(Math.max(k[0], k[1]) / target)).append('\n');
        for (int t = 0; t < p.times().length; t++) {
          traj.append(key).append(i + 1).append(',').append(Csv.num(p.times()[t])).append(',')
              .append(Csv.num(p.trajectories()[i][t][0])).append(',')
              .append(Csv.num(p.trajectories()[i][t][1])).append('\n');
        }
      }
      double[] axis = p.fieldAxis();
      for (int i = 0; i < axis.length; i++) {
        for (int k = 0; k < axis.length; k++) {
          double[] v = p.field()[i][k];
          field.append(key).append(Csv.num(axis[i])).append(',').append(Csv.num(axis[k]))
              .append(',').append(Csv.num(v[0])).append(',').append(Csv.num(v[1])).append('\n');
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", r.spec());
    m.put("panels", panels);
    AtomicFiles.writeString(dir.resolve("summary.json"), json(m));
    AtomicFiles.writeString(dir.resolve("starts.csv"), starts.toString());
    AtomicFiles.writeString(dir.resolve("trajectories.csv"), traj.toString());
    AtomicFiles.writeString(dir.resolve("field.csv"), field.toString());
  }

  private static Map<String, Object> runSummary(NetworkRunResult r, boolean full) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.spec().name());
    if (full) {
      m.put("spec", r.spec());
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
      sb.append(t.steps()[i]).append(',').append(Csv.num(t.times()[i])).append(',')
          .append(Csv.num(t.loss()[i])).append(',');
      if (t.specialization().length > 0) {
        sb.append(Csv.num(t.specialization()[i]));
      }
      for (double[] k : t.strengths()[i]) {
        for (double v : k) {
          sb.append(',').append(Csv.num(v));
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
                .append(b + 1).append(',').append(Csv.num(k[a][b])).append('\n');
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
        sb.append(a + 1).append(',').append(b + 1).append(',').append(Csv.num(blk.value()));
        for (int j = 0; j < s.pathways(); j++) {
          sb.append(',').append(Csv.num(s.shares()[j][a]));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String json(Object o) {
    try {
      return Json.PRETTY.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise result: " + e.getOriginalMessage(), e);
    }
  }
}
