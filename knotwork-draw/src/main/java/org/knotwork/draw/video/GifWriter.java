package org.knotwork.draw.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Animated GIF through the JDK's javax.imageio writer: a fixed delay per frame (graphic control
 * extension), an infinite loop (NETSCAPE2.0 application extension on the first frame), no comments
 * and no timestamps, so the same frames give the same bytes. Frames are added one at a time.
 */
public final class GifWriter implements AutoCloseable {
  private final ImageWriter writer;
  private final ImageOutputStream out;
  private final int delay;
  private int count;

  /**
   * A writer to {@code sink} (not closed by {@link #close}).
   *
   * @param delayCentiseconds delay per frame in 1/100 s, &ge; 1
   */
  public GifWriter(OutputStream sink, int delayCentiseconds) {
    if (delayCentiseconds < 1) {
      throw new IllegalArgumentException("delayCentiseconds must be >= 1, got "
          + delayCentiseconds);
    }
    this.delay = delayCentiseconds;
    this.writer = ImageIO.getImageWritersByFormatName("gif").next();
    try {
      this.out = ImageIO.createImageOutputStream(sink);
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start GIF: " + e.getMessage(), e);
    }
  }

  /** Appends a frame. */
  public void add(BufferedImage img) {
    try {
      IIOMetadata meta = writer.getDefaultImageMetadata(
          ImageTypeSpecifier.createFromRenderedImage(img), writer.getDefaultWriteParam());
      configure(meta, delay, count == 0);
      writer.writeToSequence(new IIOImage(img, null, meta), writer.getDefaultWriteParam());
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode GIF frame " + count + ": " + e.getMessage(),
          e);
    }
  }

  /** Ends the sequence and flushes the output. */
  @Override
  public void close() {
    try {
      if (count == 0) {
        throw new IllegalStateException("a GIF needs at least one frame");
      }
      writer.endWriteSequence();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish GIF: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
  }

  /**
   * Encodes {@code count} frames produced by {@code frames} into bytes.
   *
   * @param progress called with each frame index after it is written
   */
  public static byte[] encode(int count, IntFunction<BufferedImage> frames, int delayCentiseconds,
      IntConsumer progress) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GifWriter w = new GifWriter(bytes, delayCentiseconds)) {
      for (int k = 0; k < count; k++) {
        w.add(frames.apply(k));
        progress.accept(k);
      }
    }
    return bytes.toByteArray();
  }

  private static void configure(IIOMetadata meta, int delay, boolean first)
      throws IIOInvalidTreeException {
    String format = meta.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
    IIOMetadataNode gce = child(root, "GraphicControlExtension");
    gce.setAttribute("disposalMethod", "none");
    gce.setAttribute("userInputFlag", "FALSE");
    gce.setAttribute("transparentColorFlag", "FALSE");
    gce.setAttribute("delayTime", Integer.toString(delay));
    gce.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode apps = child(root, "ApplicationExtensions");
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      app.setUserObject(new byte[] {1, 0, 0});
      apps.appendChild(app);
    }
    meta.setFromTree(format, root);
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
