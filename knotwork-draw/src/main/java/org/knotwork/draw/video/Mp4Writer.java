package org.knotwork.draw.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * H.264 in MP4 through jcodec 0.2.5 (pure Java, constant frame rate), frames added one at a time
 * into a temporary file. jcodec stamps the wall-clock time into the movie, track and media headers;
 * {@link #finish} clears those fields ({@code Mp4Timestamps}), so the same frames give the same
 * bytes (checked by the tests). jcodec is unmaintained since 2019, hence MP4 is an option beside the
 * GIF.
 */
public final class Mp4Writer implements AutoCloseable {
  private final Path tmp;
  private final SeekableByteChannel channel;
  private final AWTSequenceEncoder encoder;
  private int count;
  private boolean closed;

  /** A writer at {@code fps} frames per second (1..60). */
  public Mp4Writer(int fps) {
    if (fps < 1 || fps > 60) {
      throw new IllegalArgumentException("fps must be in 1..60, got " + fps);
    }
    try {
      tmp = Files.createTempFile("knotwork-", ".mp4");
      channel = NIOUtils.writableChannel(tmp.toFile());
      encoder = new AWTSequenceEncoder(channel, Rational.R(fps, 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start MP4: " + e.getMessage(), e);
    }
  }

  /** Appends a frame (all frames must have the same even size). */
  public void add(BufferedImage img) {
    try {
      encoder.encodeImage(img);
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode MP4 frame " + count + ": " + e.getMessage(),
          e);
    }
  }

  /** Finishes the movie and returns its bytes (creation and modification times cleared). */
  public byte[] finish() {
    if (count == 0) {
      throw new IllegalStateException("an MP4 needs at least one frame");
    }
    try {
      encoder.finish();
      channel.close();
      closed = true;
      byte[] out = Files.readAllBytes(tmp);
      if (Mp4Timestamps.clear(out) == 0) {
        throw new IllegalStateException("jcodec wrote an MP4 without movie header");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish MP4: " + e.getMessage(), e);
    }
  }

  /** Releases the temporary file. */
  @Override
  public void close() {
    try {
      if (!closed) {
        channel.close();
      }
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove temporary file " + tmp, e);
    }
  }

  /**
   * Encodes {@code count} frames at {@code fps} into bytes.
   *
   * @param progress called with each frame index after it is encoded
   */
  public static byte[] encode(int count, IntFunction<BufferedImage> frames, int fps,
      IntConsumer progress) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    try (Mp4Writer w = new Mp4Writer(fps)) {
      for (int k = 0; k < count; k++) {
        w.add(frames.apply(k));
        progress.accept(k);
      }
      return w.finish();
    }
  }
}
