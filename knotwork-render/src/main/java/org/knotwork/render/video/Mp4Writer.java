package org.knotwork.render.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jcodec.api.awt.AWTSequenceEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * H.264 in MP4 through jcodec 0.2.5 (pure Java, constant frame rate). jcodec stamps the wall-clock
 * time into the movie, track and media headers; those fields are cleared afterwards
 * ({@code Mp4Timestamps}), so the same frames give the same bytes (checked by the tests). jcodec is
 * unmaintained since 2019, hence MP4 is an option beside the GIF.
 */
public final class Mp4Writer {
  private Mp4Writer() {}

  /**
   * Encodes {@code count} frames at {@code fps}.
   *
   * @param progress called with each frame index after it is encoded
   */
  public static byte[] encode(int count, IntFunction<BufferedImage> frames, int fps,
      IntConsumer progress) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    if (fps < 1) {
      throw new IllegalArgumentException("fps must be >= 1, got " + fps);
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile("knotwork-", ".mp4");
      try (SeekableByteChannel ch = NIOUtils.writableChannel(tmp.toFile())) {
        AWTSequenceEncoder enc = new AWTSequenceEncoder(ch, Rational.R(fps, 1));
        for (int k = 0; k < count; k++) {
          enc.encodeImage(frames.apply(k));
          progress.accept(k);
        }
        enc.finish();
      }
      byte[] out = Files.readAllBytes(tmp);
      if (Mp4Timestamps.clear(out) == 0) {
        throw new IllegalStateException("jcodec wrote an MP4 without movie header");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode MP4: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is in the system temp directory
        }
      }
    }
  }
}
