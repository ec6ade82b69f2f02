package org.knotwork.draw.figure;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.knotwork.common.io.AtomicFiles;
import org.w3c.dom.Document;

/**
 * Writes figures as PNG (RGB, through javax.imageio, no metadata) or SVG (through Apache Batik's
 * SVGGraphics2D, text kept as text). Both are deterministic: the same figure gives the same bytes.
 */
public final class FigureWriter {
  private FigureWriter() {}

  /** The figure rendered to an RGB image. */
  public static BufferedImage image(Figure f) {
    BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      f.paint(g);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** PNG bytes of the figure. */
  public static byte[] png(Figure f) {
    return pngBytes(image(f));
  }

  /** PNG bytes of an image. */
  public static byte[] pngBytes(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, "png", out)) {
        throw new IllegalStateException("no PNG writer available in javax.imageio");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** SVG text of the figure. */
  public static String svg(Figure f) {
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder available", e);
    }
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
    ctx.setComment("Knotwork figure");
    SVGGraphics2D g = new SVGGraphics2D(ctx, false);
    g.setSVGCanvasSize(new java.awt.Dimension(f.width(), f.height()));
    f.paint(g);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      g.stream(w, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code path} as PNG. */
  public static void writePng(Figure f, Path path) {
    byte[] b = png(f);
    AtomicFiles.write(path, out -> out.write(b));
  }

  /** Writes {@code path} as SVG. */
  public static void writeSvg(Figure f, Path path) {
    AtomicFiles.writeString(path, svg(f));
  }
}
