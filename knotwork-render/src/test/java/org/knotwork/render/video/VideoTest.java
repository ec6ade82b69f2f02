package org.knotwork.render.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.draw.video.GifWriter;
import org.knotwork.draw.video.Mp4Writer;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.Storyboard;

class VideoTest {
  private static final int W = 480;
  private static final int H = 270;
  private static Storyboard sb;
  private static List<BufferedImage> images;

  @BeforeAll
  static void frames() {
    // 9 recorded states at non-uniform times (steps 0, 10, 20, 40, 80, ...) -> 6 video frames
    Trajectory t = SyntheticTrajectories.gradientDescent(6, 9, 120, 10, 0.05, false);
    sb = Storyboard.of(t, FrameSelection.uniformInTime(t, 6));
    FrameComposer c = new FrameComposer(sb, W, H);
    images = new ArrayList<>();
    for (int k = 0; k < sb.size(); k++) {
      images.add(c.image(k));
    }
  }

  @Test
  void gifHasOneImagePerFrameAtTheFrameRateAndLoops() throws Exception {
    byte[] gif = GifWriter.encode(images.size(), images::get, 10, k -> { });
    ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
      r.setInput(in);
      assertThat(r.getNumImages(true)).isEqualTo(sb.size());
      for (int k = 0; k < sb.size(); k++) {
        assertThat(r.getWidth(k)).isEqualTo(W);
        IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(k)
            .getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode gce = (IIOMetadataNode) root
            .getElementsByTagName("GraphicControlExtension").item(0);
        assertThat(gce.getAttribute("delayTime")).isEqualTo("10");
        if (k == 0) {
          IIOMetadataNode app = (IIOMetadataNode) root
              .getElementsByTagName("ApplicationExtension").item(0);
          assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
        }
      }
    } finally {
      r.dispose();
    }
  }

  @Test
  void videoFramesAreTheSelectedSnapshotsAtUniformTime() {
    assertThat(sb.size()).isEqualTo(6);
    double t0 = sb.frame(0).time();
    double t1 = sb.frame(5).time();
    for (int k = 0; k < sb.size(); k++) {
      assertThat(sb.frame(k).targetTime()).isCloseTo(t0 + (t1 - t0) * k / 5,
          org.assertj.core.data.Offset.offset(1e-12));
      assertThat(new FrameComposer(sb, W, H).caption(k)).contains("step " + sb.frame(k).step());
    }
    // consecutive frames differ (the time cursor and the network move)
    assertThat(pixels(images.get(0))).isNotEqualTo(pixels(images.get(1)));
  }

  @Test
  void sameFramesGiveSameBytes() {
    assertThat(GifWriter.encode(images.size(), images::get, 7, k -> { }))
        .isEqualTo(GifWriter.encode(images.size(), images::get, 7, k -> { }));
    byte[] a = Mp4Writer.encode(3, images::get, 10, k -> { });
    byte[] b = Mp4Writer.encode(3, images::get, 10, k -> { });
    assertThat(a).isEqualTo(b);
  }

  @Test
  void mp4HasOneSamplePerFrameAndTheRightDuration() {
    int[] called = new int[1];
    byte[] mp4 = Mp4Writer.encode(images.size(), images::get, 5, k -> called[0]++);
    assertThat(called[0]).isEqualTo(images.size());
    ByteBuffer b = ByteBuffer.wrap(mp4);
    assertThat(type(b, 0)).isEqualTo("ftyp");
    int moov = find(b, 0, mp4.length, "moov");
    int mvhd = find(b, moov + 8, moov + b.getInt(moov), "mvhd");
    int v = b.get(mvhd + 8);
    assertThat(v).isZero();
    assertThat(b.getInt(mvhd + 12)).as("creation time cleared").isZero();
    assertThat(b.getInt(mvhd + 16)).as("modification time cleared").isZero();
    long timescale = Integer.toUnsignedLong(b.getInt(mvhd + 20));
    long duration = Integer.toUnsignedLong(b.getInt(mvhd + 24));
    assertThat((double) duration / timescale).isEqualTo(images.size() / 5.0);
    int stsz = findDeep(b, moov, "stsz");
    assertThat(b.getInt(stsz + 16)).as("sample count").isEqualTo(images.size());
  }

  @Test
  void optionsAreValidated() {
    assertThatThrownBy(() -> new VideoOptions(641, 360, 10, 5)).hasMessageContaining("width");
    assertThatThrownBy(() -> new VideoOptions(640, 360, 0, 5)).hasMessageContaining("fps");
    assertThat(new VideoOptions(640, 360, 10, 5).gifDelayCentiseconds()).isEqualTo(10);
  }

  private static int[] pixels(BufferedImage img) {
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  private static String type(ByteBuffer b, int pos) {
    byte[] t = new byte[4];
    for (int i = 0; i < 4; i++) {
      t[i] = b.get(pos + 4 + i);
    }
    return new String(t, StandardCharsets.ISO_8859_1);
  }

  private static int find(ByteBuffer b, int from, int to, String type) {
    for (int pos = from; pos + 8 <= to; pos += size(b, pos)) {
      if (type(b, pos).equals(type)) {
        return pos;
      }
      if (size(b, pos) < 8) {
        break;
      }
    }
    throw new AssertionError("no " + type + " box");
  }

  /** Box size, with the 64-bit form (size field 1). */
  private static int size(ByteBuffer b, int pos) {
    int s = b.getInt(pos);
    return s == 1 ? (int) b.getLong(pos + 8) : s;
  }

  /** Depth-first search through the container boxes under moov. */
  private static int findDeep(ByteBuffer b, int box, String type) {
    int end = box + b.getInt(box);
    for (int pos = box + 8; pos + 8 <= end; pos += b.getInt(pos)) {
      String t = type(b, pos);
      if (t.equals(type)) {
        return pos;
      }
      if (List.of("trak", "mdia", "minf", "stbl").contains(t)) {
        try {
          return findDeep(b, pos, type);
        } catch (AssertionError ignored) {
          // keep looking in the next sibling
        }
      }
    }
    throw new AssertionError("no " + type + " box");
  }
}
