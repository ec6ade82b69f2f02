package org.knotwork.common.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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

  /**
   * Renders a finished run directory.
   *
   * @param runDir the run directory
   * @param outDir where to write (created)
   * @param outputs which of {@link #OUTPUTS} to make; empty means the renderer's default set
   * @return the files written
   * @throws org.knotwork.common.io.InputException if the run cannot be drawn (for example a video
   *     asked of a run with fewer than two recorded frames)
   */
  List<Path> render(Path runDir, Path outDir, Set<String> outputs);

  /**
   * Renders a finished run directory with video settings; renderers without videos ignore them.
   *
   * @see #render(Path, Path, Set)
   */
  default List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    return render(runDir, outDir, outputs);
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
