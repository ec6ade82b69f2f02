package org.knotwork.render;

import org.knotwork.draw.video.VideoOptions;

/**
 * What {@link Renderer} produces.
 *
 * @param figures PNG and SVG figures
 * @param gif animated GIF
 * @param mp4 H.264 MP4 (jcodec)
 * @param html the interactive viewer
 * @param report the run report page (links whatever else is produced)
 * @param video video size, frame rate and frame budget (also the viewer's frame budget)
 */
public record RenderOptions(boolean figures, boolean gif, boolean mp4, boolean html,
    boolean report, VideoOptions video) {

  /** Validates. */
  public RenderOptions {
    if (video == null) {
      throw new IllegalArgumentException("video options are required");
    }
    if (!(figures || gif || mp4 || html || report)) {
      throw new IllegalArgumentException(
          "nothing to render: choose at least one of figures, gif, mp4, html, report");
    }
  }

  /** What {@code knotwork render} makes without flags: figures, GIF, viewer and report. */
  public static RenderOptions defaults(VideoOptions video) {
    return new RenderOptions(true, true, false, true, true, video);
  }

  /** {@link #defaults(VideoOptions)} with {@link VideoOptions#DEFAULT}. */
  public static RenderOptions defaults() {
    return defaults(VideoOptions.DEFAULT);
  }
}
