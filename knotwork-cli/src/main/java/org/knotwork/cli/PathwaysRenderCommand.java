package org.knotwork.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.pathways.render.PathwaysRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork pathways render}: figures and the K video of a pathways run directory, through the
 * kinds' {@code StudyRenderer} ({@link PathwaysRenderer}) with the video options of the flags.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw a pathways run directory: mode strengths over training per pathway "
        + "with the loss (mode_strengths), heat maps of K per pathway at the last snapshot "
        + "(k_final), PNG and SVG, and a GIF and MP4 of K over training (k_video) when the run "
        + "kept at least two K snapshots (--frames); phase-plane runs give phase_plane.",
        "Prints {\"files\": [..]}. The same run directory gives the same bytes."})
final class PathwaysRenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A pathways run directory.")
  Path runDir;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write (default: RUN_DIR/figures).")
  Path out;

  @Option(names = "--fps", defaultValue = "10", description = "Video frames per second "
      + "(default ${DEFAULT-VALUE}).")
  int fps;

  @Option(names = "--max-frames", defaultValue = "120", paramLabel = "F",
      description = "Most video frames (default ${DEFAULT-VALUE}).")
  int maxFrames;

  @Option(names = "--size", defaultValue = "960x540", paramLabel = "WxH",
      description = "Video frame size, even numbers (default ${DEFAULT-VALUE}).")
  String size;

  @Override
  public Integer call() {
    String[] wh = size.split("x");
    if (wh.length != 2 || !wh[0].matches("\\d{1,5}") || !wh[1].matches("\\d{1,5}")) {
      throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, e.g. 960x540, got "
          + size);
    }
    VideoOptions v = new VideoOptions(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), fps,
        maxFrames);
    List<Path> files = new PathwaysRenderer().render(runDir,
        out != null ? out : runDir.resolve("figures"), Set.of(), v);
    List<String> names = new ArrayList<>();
    for (Path p : files) {
      names.add(p.toString());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", names);
    spec.commandLine().getOut().println(Json.write(m));
    return 0;
  }
}
