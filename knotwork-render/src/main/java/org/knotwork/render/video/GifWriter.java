package org.knotwork.render.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;
import java.util.function.IntConsumer;
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
 * and no timestamps, so the same frames give the same bytes.
 */
public final class GifWriter {
  private GifWriter() {}

  /**
   * Encodes {@code count} frames produced by {@code frames}.
   *
   * @param delayCentiseconds delay per frame in 1/100 s, &ge; 1
   * @param progress called with each frame index after it is written
   */
  public static byte[] encode(int count, IntFunction<BufferedImage> frames, int delayCentiseconds,
      IntConsumer progress) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count);
    }
    if (delayCentiseconds < 1) {
      throw new IllegalArgumentException("delayCentiseconds must be >= 1, got "
          + delayCentiseconds);
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int k = 0; k < count; k++) {
        BufferedImage img = frames.apply(k);
        IIOMetadata meta = writer.getDefaultImageMetadata(
            ImageTypeSpecifier.createFromRenderedImage(img), writer.getDefaultWriteParam());
        configure(meta, delayCentiseconds, k == 0);
        writer.writeToSequence(new IIOImage(img, null, meta), writer.getDefaultWriteParam());
        progress.accept(k);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode GIF: " + e.getMessage(), e);
    } finally {
      writer.dispose();
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
