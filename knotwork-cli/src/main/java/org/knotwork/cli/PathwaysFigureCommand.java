package org.knotwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.Scale;
import org.knotwork.pathways.study.PathwaysStudy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code knotwork pathways figure}: the presets of the authors' figures 3-8 and unequal depths. */
@Command(name = "figure", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the preset of one of the authors' figures (notes deep-linear.md section "
        + "3.2) into a new run directory: 3 = the reduced model's phase planes; 4-8 = network "
        + "runs; unequal-depths = the extension of notes section 2.4 / check 11.",
        "Networks keep the authors' N eps^2 = 0.1, lr, steps and seeds; the width is 64 by "
            + "default (seconds to minutes), 256 with --reduced (the notes' reference width) and "
            + "the paper's 1000 with --full (a depth-7 run takes of the order of an hour).",
        "The run directory's spec.json is the preset's canonical spec (kind pathways or "
            + "pathways-phase-plane). Then 'knotwork pathways render DIR' draws the figures and "
            + "the video."})
final class PathwaysFigureCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FIGURE", description = "3, 4, 5, 6, 7, 8 or "
      + "unequal-depths.")
  String figure;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Run directory (new, or an unfinished run of the same preset).")
  Path out;

  @ArgGroup(exclusive = true)
  Width width;

  static final class Width {
    @Option(names = "--full", description = "The paper's width N = 1000 (slow).")
    boolean full;

    @Option(names = "--reduced", description = "N = 256, the notes' reduced width.")
    boolean reduced;
  }

  @Option(names = "--frames", paramLabel = "F",
      description = "Keep K at F evenly spaced steps of every run (video frames; default: the "
          + "preset's first and last step, every step for figure 4).")
  Integer frames;

  @Mixin
  ThreadsOption threadsOption;

  @Override
  public Integer call() {
    int threads = threadsOption.count();
    Scale scale = width == null ? Scale.QUICK : width.full ? Scale.FULL : Scale.REDUCED;
    if (figure.equals("3")) {
      if (frames != null || width != null) {
        throw new IllegalArgumentException(
            "figure 3 is the reduced model (no network): --full, --reduced and --frames do not "
                + "apply");
      }
      return PathwaysPhasePlaneCommand.execute(spec.commandLine().getOut(), out,
          Figures.figure3(), threads);
    }
    ExperimentSpec e = switch (figure) {
      case "4", "5", "6", "7", "8" -> Figures.network(figure, scale);
      case "unequal-depths" -> Figures.unequalDepths(scale);
      default -> throw new IllegalArgumentException(
          "FIGURE must be one of 3, 4, 5, 6, 7, 8 or unequal-depths, got '" + figure + "'");
    };
    return PathwaysCommand.runAndReport(spec.commandLine().getOut(), out,
        new Study<>(new PathwaysStudy(), PathwaysRunCommand.withFrames(e, frames)), threads,
        Path.of("").toAbsolutePath());
  }
}
