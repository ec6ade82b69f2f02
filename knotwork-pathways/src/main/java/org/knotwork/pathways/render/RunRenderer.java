package org.knotwork.pathways.render;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.HeatMap;
import org.knotwork.draw.video.GifWriter;
import org.knotwork.draw.video.Mp4Writer;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.study.PhasePlaneStudy;

/**
 * Renders a run directory of the study kinds {@code pathways} and {@code pathways-phase-plane}
 * (files of {@link org.knotwork.pathways.io.ResultWriter}) into a figure directory:
 * <ul>
 *   <li>a network run: {@code mode_strengths.png/.svg} (K<sub>j,&alpha;&alpha;</sub> over training
 *       per pathway, and the loss), {@code k_final.png/.svg} (heat maps of K<sub>j</sub> at the last
 *       snapshot) and, with at least two snapshots, {@code k_video.gif} and {@code k_video.mp4}
 *       (K<sub>j</sub> over training on one colour scale);
 *   <li>an experiment: the same for every run, in one sub-directory per run;
 *   <li>a phase-plane run: {@code phase_plane.png/.svg}.
 * </ul>
 * Outputs ({@link StudyRenderer#OUTPUTS}): {@code figures} (the stills), {@code gif} and {@code mp4}
 * (the K video); the default is all three, videos only where a run kept two K snapshots or more.
 */
public final class RunRenderer {
  /** Width of still figures in pixels. */
  static final int WIDTH = 1280;
  /** Height of still figures in pixels. */
  static final int HEIGHT = 800;

  private RunRenderer() {}

  /**
   * Renders {@code runDir} into {@code outDir} and returns the files written, in order.
   *
   * @throws InputException if {@code runDir} is not a pathways run directory
   */
  public static List<Path> render(Path runDir, Path outDir, VideoOptions video) {
    return render(runDir, outDir, Set.of(), video);
  }

  /**
   * Renders the chosen outputs of {@code runDir} into {@code outDir} and returns the files written,
   * in order.
   *
   * @param outputs a subset of figures, gif and mp4; empty for all three (videos only where a run
   *     kept two K snapshots or more)
   * @throws InputException if {@code runDir} is not a pathways run directory, an output is not one
   *     this renderer makes, or a video is asked of a run with fewer than two recorded K frames
   */
  public static List<Path> render(Path runDir, Path outDir, Set<String> outputs,
      VideoOptions video) {
    if (video == null || outputs == null) {
      throw new IllegalArgumentException("outputs and video options are required");
    }
    for (String o : outputs) {
      if (!SUPPORTED.contains(o)) {
        throw new InputException("pathways runs render figures, gif and mp4; '" + o
            + "' is not available");
      }
    }
    Want want = new Want(outputs.isEmpty() || outputs.contains("figures"),
        outputs.isEmpty() || outputs.contains("gif"), outputs.isEmpty() || outputs.contains("mp4"),
        !outputs.isEmpty() && (outputs.contains("gif") || outputs.contains("mp4")));
    List<Path> written = new ArrayList<>();
    if (Files.isRegularFile(runDir.resolve("trajectories.npy"))) {
      if (want.videoRequired()) {
        throw new InputException(runDir + " is a phase-plane run: it records no K frames, and a "
            + "video needs at least two");
      }
      if (want.figures()) {
        renderPhasePlane(runDir, outDir, written);
      }
    } else if (Files.isRegularFile(runDir.resolve("experiment.json"))) {
      List<Path> subs = new ArrayList<>();
      try (var s = Files.list(runDir)) {
        s.filter(p -> Files.isRegularFile(p.resolve("strengths.npy"))).sorted().forEach(subs::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot list " + runDir, e);
      }
      for (Path sub : subs) {
        checkFrames(sub, want);
      }
      for (Path sub : subs) {
        renderRun(sub, outDir.resolve(sub.getFileName().toString()), video, want, written);
      }
    } else if (Files.isRegularFile(runDir.resolve("strengths.npy"))) {
      checkFrames(runDir, want);
      renderRun(runDir, outDir, video, want, written);
    } else {
      throw new InputException(runDir + " is not a pathways run directory (no strengths.npy, "
          + "experiment.json or trajectories.npy)");
    }
    return written;
  }

  /** The outputs asked: figures, gif, mp4, and whether a video was asked explicitly. */
  private record Want(boolean figures, boolean gif, boolean mp4, boolean videoRequired) {}

  private static final Set<String> SUPPORTED = Set.of("figures", "gif", "mp4");

  private static void checkFrames(Path dir, Want want) {
    if (!want.videoRequired()) {
      return;
    }
    int frames = Npy.read(dir.resolve("snapshot_steps.npy")).shape()[0];
    if (frames < 2) {
      throw new InputException("run " + dir + " recorded " + frames + " K frame"
          + (frames == 1 ? "" : "s") + "; a video needs at least two (run with --frames F or "
          + "more train.snapshotSteps)");
    }
  }

  private static void renderRun(Path dir, Path out, VideoOptions video, Want want,
      List<Path> written) {
    long[] steps = Npy.read(dir.resolve("steps.npy")).longs();
    NpyArray st = Npy.read(dir.resolve("strengths.npy"));
    double[] loss = Npy.read(dir.resolve("loss.npy")).doubles();
    double[] sv = Npy.read(dir.resolve("singular_values.npy")).doubles();
    int[] sh = st.shape();
    double[][][] k = new double[sh[0]][sh[1]][sh[2]];
    double[] flat = st.doubles();
    int o = 0;
    for (int t = 0; t < sh[0]; t++) {
      for (int j = 0; j < sh[1]; j++) {
        for (int a = 0; a < sh[2]; a++) {
          k[t][j][a] = flat[o++];
        }
      }
    }
    String name = dir.getFileName() == null ? "run" : dir.getFileName().toString();
    if (want.figures()) {
      figure(PathwaysFigures.modeStrengths(steps, k, sv, loss, name, WIDTH, HEIGHT), out,
          "mode_strengths", written);
    }
    NpyArray snaps = Npy.read(dir.resolve("k_snapshots.npy"));
    long[] snapSteps = Npy.read(dir.resolve("snapshot_steps.npy")).longs();
    double[][][][] frames = unpack(snaps);
    if (frames.length == 0) {
      return;
    }
    double[] range = HeatMap.unitRange(flatten(frames));
    int last = frames.length - 1;
    if (want.figures()) {
      figure(PathwaysFigures.kHeatMaps(frames[last], range, name + ": K at step "
          + snapSteps[last], true, WIDTH, HEIGHT / 2 + 100), out, "k_final", written);
    }
    if (frames.length >= 2) {
      int[] pick = pick(frames.length, video.maxFrames());
      java.util.function.IntFunction<BufferedImage> img = f -> FigureWriter.image(
          PathwaysFigures.kHeatMaps(frames[pick[f]], range, name + ": K at step "
              + snapSteps[pick[f]], false, video.width(), video.height()));
      if (want.gif()) {
        byte[] gif = GifWriter.encode(pick.length, img, video.gifDelayCentiseconds(), f -> { });
        Path g = out.resolve("k_video.gif");
        AtomicFiles.write(g, s -> s.write(gif));
        written.add(g);
      }
      if (want.mp4()) {
        byte[] mp4 = Mp4Writer.encode(pick.length, img, video.fps(), f -> { });
        Path m = out.resolve("k_video.mp4");
        AtomicFiles.write(m, s -> s.write(mp4));
        written.add(m);
      }
    }
  }

  private static void renderPhasePlane(Path dir, Path out, List<Path> written) {
    // spec.json of the run directory; one written before the kinds existed (no kind) reads too
    PhasePlaneSpec spec = (PhasePlaneSpec) Studies.read(
        SpecText.read(dir.resolve(RunDirectory.SPEC)), PhasePlaneStudy.NAME).spec();
    NpyArray tr = Npy.read(dir.resolve("trajectories.npy"));
    NpyArray es = Npy.read(dir.resolve("end_states.npy"));
    int[] sh = tr.shape();
    double[][][][] traj = new double[sh[0]][sh[1]][sh[2]][2];
    double[][][] ends = new double[sh[0]][sh[1]][2];
    int o = 0;
    int e = 0;
    for (int p = 0; p < sh[0]; p++) {
      for (int i = 0; i < sh[1]; i++) {
        for (int t = 0; t < sh[2]; t++) {
          traj[p][i][t][0] = tr.doubles()[o++];
          traj[p][i][t][1] = tr.doubles()[o++];
        }
        ends[p][i][0] = es.doubles()[e++];
        ends[p][i][1] = es.doubles()[e++];
      }
    }
    int nd = spec.depths().size();
    int[] depths = new int[sh[0]];
    double[] spreads = new double[sh[0]];
    for (int p = 0; p < sh[0]; p++) {
      depths[p] = spec.depths().get(p % nd);
      spreads[p] = spec.spreads().get(p / nd);
    }
    figure(PathwaysFigures.phasePlane(traj, ends, depths, spreads, spec.target(), nd,
        Math.max(WIDTH, 360 * nd), Math.max(HEIGHT / 2, 360 * spec.spreads().size())), out,
        "phase_plane", written);
  }

  private static void figure(Figure f, Path out, String stem, List<Path> written) {
    Path png = out.resolve(stem + ".png");
    Path svg = out.resolve(stem + ".svg");
    FigureWriter.writePng(f, png);
    FigureWriter.writeSvg(f, svg);
    written.add(png);
    written.add(svg);
  }

  /** [S][J][M][M] from the k_snapshots array. */
  private static double[][][][] unpack(NpyArray a) {
    int[] sh = a.shape();
    double[][][][] out = new double[sh[0]][sh[1]][sh[2]][sh[3]];
    int o = 0;
    for (int s = 0; s < sh[0]; s++) {
      for (int j = 0; j < sh[1]; j++) {
        for (int r = 0; r < sh[2]; r++) {
          for (int c = 0; c < sh[3]; c++) {
            out[s][j][r][c] = a.doubles()[o++];
          }
        }
      }
    }
    return out;
  }

  private static double[][][] flatten(double[][][][] frames) {
    List<double[][]> all = new ArrayList<>();
    for (double[][][] f : frames) {
      for (double[][] m : f) {
        all.add(m);
      }
    }
    return all.toArray(new double[0][][]);
  }

  /** Up to {@code max} indices spread evenly over 0..n-1, first and last included. */
  static int[] pick(int n, int max) {
    int m = Math.min(n, max);
    if (m == 1) {
      return new int[] {n - 1};
    }
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = (int) ((long) (n - 1) * i / (m - 1));
    }
    return out;
  }
}
