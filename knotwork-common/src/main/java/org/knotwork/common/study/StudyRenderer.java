package org.knotwork.common.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;

/**
 * Draws the run directories of one study kind: figures, videos, the interactive viewer, a report.
 * Found through {@link java.util.ServiceLoader} (a line in {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}) by the {@code render} front end, so the
 * module that can draw a kind registers its renderer without any edit elsewhere.
 */
public interface StudyRenderer {

  /** The output names {@code render} understands. */
  Set<String> OUTPUTS = Set.of("figures", "gif", "mp4", "html", "report");

  /** The study kind this renderer draws. */
  String kind();

  /** The outputs this renderer makes, a subset of {@link #OUTPUTS}; by default only figures. */
  default Set<String> outputs() {
    return Set.of("figures");
  }

  /** The outputs made when none are asked; by default all of {@link #outputs()}. */
  default Set<String> defaultOutputs() {
    return outputs();
  }

  /**
   * Renders a finished run directory.
   *
   * @param runDir the run directory
   * @param outDir where to write (created)
   * @param outputs which of {@link #outputs()} to make; empty means {@link #defaultOutputs()}
   * @param video video settings; renderers without videos ignore them
   * @return the files written
   * @throws org.knotwork.common.io.InputException if the run cannot be drawn (for example a video
   *     asked of a run with fewer than two recorded frames)
   */
  List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video);

  /**
   * Renders a finished run directory with the default video settings.
   *
   * @see #render(Path, Path, Set, Video)
   */
  default List<Path> render(Path runDir, Path outDir, Set<String> outputs) {
    return render(runDir, outDir, outputs, Video.DEFAULT);
  }

  /**
   * The checks every renderer makes before it draws, in one place: {@code runDir} holds a finished
   * run (it has its manifest) of {@link #kind()}, and every asked output is one of {@link
   * #outputs()}. It writes nothing: the output directory is made by the first file written into it
   * ({@link org.knotwork.common.io.AtomicFiles} creates parents), so bad input found later leaves
   * nothing behind either.
   *
   * @return the outputs to make: those asked, or {@link #defaultOutputs()} when none are
   * @throws InputException naming the run's kind or the outputs this renderer cannot make
   */
  default Set<String> prepare(Path runDir, Set<String> outputs) {
    String kind = RunDirectory.manifest(runDir).kind();
    if (!kind.equals(kind())) {
      throw new InputException(runDir + " holds " + withArticle(kind) + " run, not "
          + withArticle(kind()) + " run");
    }
    TreeSet<String> other = new TreeSet<>(outputs);
    other.removeAll(outputs());
    if (!other.isEmpty()) {
      throw new InputException(withArticle(kind()) + " run renders only "
          + list(new TreeSet<>(outputs())) + ", not " + list(other));
    }
    return outputs.isEmpty() ? defaultOutputs() : outputs;
  }

  private static String list(TreeSet<String> words) {
    String last = words.last();
    return words.size() == 1 ? last
        : String.join(", ", words.headSet(last)) + " and " + last;
  }

  private static String withArticle(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /**
   * Video settings.
   *
   * @param width frame width in pixels (even)
   * @param height frame height in pixels (even)
   * @param fps frames per second
   * @param maxFrames the most frames, chosen at uniform time
   */
  record Video(int width, int height, int fps, int maxFrames) {
    /** 960x540 at 10 frames per second, at most 120 frames. */
    public static final Video DEFAULT = new Video(960, 540, 10, 120);

    /** Validates. */
    public Video {
      if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0 || width > 7680
          || height > 4320) {
        throw new IllegalArgumentException("video size must be even numbers within 7680x4320, got "
            + width + "x" + height);
      }
      if (fps < 1 || fps > 120) {
        throw new IllegalArgumentException("fps must be within [1, 120], got " + fps);
      }
      if (maxFrames < 2) {
        throw new IllegalArgumentException("frames must be >= 2, got " + maxFrames);
      }
    }
  }
}
