package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.progress.Progress;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.render.RenderOptions;
import org.knotwork.render.RenderedFiles;
import org.knotwork.render.Renderer;
import org.knotwork.render.io.RunDirectory;
import org.knotwork.render.io.TrajectoryJson;
import org.knotwork.render.model.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork render PATH}: figures, videos, the interactive viewer and the run report of a
 * trajectory. PATH is a training run directory, a trajectory file (format knotwork-trajectory/1) or a
 * directory holding
 * {@value #TRAJECTORY_FILE}. Prints the written files, one per line, relative to the output
 * directory; progress bars go to stderr only when it is a terminal.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Render a training trajectory: figures (PNG + SVG), an animated GIF, an MP4, "
        + "a self-contained interactive HTML viewer and a run report.",
        "Without output flags: --figures --gif --html --report (MP4 only with --mp4)."})
final class RenderCommand implements Runnable {
  /** The trajectory file looked for inside a directory. */
  static final String TRAJECTORY_FILE = "trajectory.json";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH",
      description = "A training run directory (./knotwork train --out DIR), a trajectory file, "
          + "or a directory holding " + TRAJECTORY_FILE + ".")
  Path path;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: DIR/render for a directory, else NAME-render "
          + "beside the file).")
  Path out;

  @Option(names = "--figures", description = "PNG and SVG figures.")
  boolean figures;

  @Option(names = "--gif", description = "Animated GIF (frames at uniform training time).")
  boolean gif;

  @Option(names = "--mp4", description = "H.264 MP4 (pure-Java jcodec encoder).")
  boolean mp4;

  @Option(names = "--html", description = "Self-contained interactive viewer.")
  boolean html;

  @Option(names = "--report", description = "Run report page linking everything rendered.")
  boolean report;

  @Option(names = "--frames", defaultValue = "120", paramLabel = "N",
      description = "Most video/viewer frames, chosen at uniform time (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(names = "--fps", defaultValue = "10",
      description = "Video frame rate (default: ${DEFAULT-VALUE}).")
  int fps;

  @Option(names = "--size", defaultValue = "960x540", paramLabel = "WxH",
      description = "Video frame size in pixels, even numbers (default: ${DEFAULT-VALUE}).")
  String size;

  @Override
  public void run() {
    String[] wh = size.split("x");
    if (wh.length != 2 || !wh[0].matches("[0-9]{1,5}") || !wh[1].matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException("--size must look like 960x540, got '" + size + "'");
    }
    VideoOptions video = new VideoOptions(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), fps,
        frames);
    boolean any = figures || gif || mp4 || html || report;
    RenderOptions options = any
        ? new RenderOptions(figures, gif, mp4, html, report, video)
        : RenderOptions.defaults(video);
    if (Files.isDirectory(path) && org.knotwork.common.run.RunDirectory.isFinished(path)) {
      // a run directory of any kind: its kind's renderer draws it
      String kind = org.knotwork.common.run.RunDirectory.manifest(path).kind();
      Set<String> outputs = new LinkedHashSet<>();
      if (figures) {
        outputs.add("figures");
      }
      if (gif) {
        outputs.add("gif");
      }
      if (mp4) {
        outputs.add("mp4");
      }
      if (html) {
        outputs.add("html");
      }
      if (report) {
        outputs.add("report");
      }
      Path dir = out != null ? out : path.resolve("render");
      List<Path> files = Studies.renderer(kind).render(path, dir, outputs,
          new StudyRenderer.Video(video.width(), video.height(), video.fps(), video.maxFrames()));
      PrintWriter pw = spec.commandLine().getOut();
      files.stream().map(Path::toString).sorted().forEach(pw::println);
      return;
    }
    Trajectory t;
    Path file = Files.isDirectory(path) ? path.resolve(TRAJECTORY_FILE) : path;
    if (Files.isDirectory(path) && RunDirectory.isRunDirectory(path)) {
      t = RunDirectory.at(path).load();
    } else {
      if (!Files.isRegularFile(file)) {
        throw new InputException(Files.isDirectory(path)
            ? "directory " + path + " is neither a training run directory (snapshots.csv) nor "
                + "holds " + TRAJECTORY_FILE
            : "trajectory file " + path + " does not exist");
      }
      t = TrajectoryJson.at(file).load();
    }
    Path dir = out != null ? out : Files.isDirectory(path) ? path.resolve("render")
        : file.resolveSibling(stem(file) + "-render");
    RenderedFiles r = Renderer.render(t, dir, options, Progress.TERMINAL);
    PrintWriter pw = spec.commandLine().getOut();
    List<Path> written = new ArrayList<>();
    r.figures().values().forEach(written::addAll);
    written.addAll(r.frameData());
    for (Path p : new Path[] {r.gif(), r.mp4(), r.viewer(), r.report()}) {
      if (p != null) {
        written.add(p);
      }
    }
    written.stream().map(p -> dir.resolve(p).toString()).sorted().forEach(pw::println);
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
