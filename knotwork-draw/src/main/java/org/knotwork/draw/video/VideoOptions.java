package org.knotwork.draw.video;

/**
 * Video settings.
 *
 * @param width frame width in pixels, even, 320..3840
 * @param height frame height in pixels, even, 240..2160
 * @param fps frames per second, 1..60
 * @param maxFrames most frames (chosen at uniform training time), &ge; 1
 */
public record VideoOptions(int width, int height, int fps, int maxFrames) {

  /** Defaults: 960 &times; 540 at 10 frames per second, at most 120 frames. */
  public static final VideoOptions DEFAULT = new VideoOptions(960, 540, 10, 120);

  /** Validates the ranges. */
  public VideoOptions {
    if (width < 320 || width > 3840 || width % 2 != 0) {
      throw new IllegalArgumentException("width must be even and in 320..3840, got " + width);
    }
    if (height < 240 || height > 2160 || height % 2 != 0) {
      throw new IllegalArgumentException("height must be even and in 240..2160, got " + height);
    }
    if (fps < 1 || fps > 60) {
      throw new IllegalArgumentException("fps must be in 1..60, got " + fps);
    }
    if (maxFrames < 1) {
      throw new IllegalArgumentException("maxFrames must be >= 1, got " + maxFrames);
    }
  }

  /** GIF frame delay in hundredths of a second (GIF's unit), at least 2. */
  public int gifDelayCentiseconds() {
    return Math.max(2, (int) Math.round(100.0 / fps));
  }

  /** The options of the study interface's video settings. */
  public static VideoOptions of(org.knotwork.common.study.StudyRenderer.Video v) {
    return new VideoOptions(v.width(), v.height(), v.fps(), v.maxFrames());
  }
}
