package org.knotwork.draw.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapFigureTest {
  static final double[][] M = {{1, 0}, {Double.NaN, 0.5}};

  /** The colour at the centre of cell (row, col) of a single 2 x 2 map drawn on 400 x 300. */
  static Color cell(BufferedImage img, int row, int col) {
    // find the map's frame: scan the first column of pixels that is not white from the left
    int fs = Style.SLIDE.fontSize();
    int top = 3 * fs;
    int left = 3 * fs;
    int w = img.getWidth();
    int h = img.getHeight();
    int pw = Math.max(1, (w - 9 * fs) - 4 * fs);
    int ph = Math.max(1, h - top - fs - fs);
    double size = Math.min(pw / 2.0, ph / 2.0);
    int x = left + (int) Math.round((col + 0.5) * size);
    int y = top + (int) Math.round((row + 0.5) * size);
    return new Color(img.getRGB(x, y));
  }

  @Test
  void cellsTakeTheEndsOfTheColourScaleAndNanIsGrey() {
    Figure f = Figure.of(HeatMapFigure.of(List.of(new HeatMap("K", M, 0, 1, false)), null,
        Style.SLIDE), 640, 400);
    BufferedImage img = FigureWriter.image(f);
    Color[] viridis = Palette.viridis();
    assertThat(cell(img, 0, 0)).isEqualTo(viridis[viridis.length - 1]);
    assertThat(cell(img, 0, 1)).isEqualTo(viridis[0]);
    assertThat(cell(img, 1, 0)).isEqualTo(new Color(0xBBBBBB));
    assertThat(cell(img, 1, 1)).isEqualTo(PhaseDiagramFigure.color(0.5));
  }

  @Test
  void sameMapsGiveTheSameBytes() {
    Figure f = Figure.of(HeatMapFigure.of(List.of(new HeatMap("a", M, -1, 2, true),
        new HeatMap("b", M, -1, 2, true)), "caption", Style.SLIDE), 800, 400);
    assertThat(FigureWriter.png(f)).isEqualTo(FigureWriter.png(f));
    assertThat(FigureWriter.svg(f)).isEqualTo(FigureWriter.svg(f)).contains("caption");
  }

  @Test
  void unitRangeFollowsTheAuthorsScripts() {
    assertThat(HeatMap.unitRange(new double[][] {{0.2, 0.7}})).containsExactly(0, 1);
    assertThat(HeatMap.unitRange(new double[][] {{-0.3, Double.NaN}}, new double[][] {{3.5}}))
        .containsExactly(-0.3, 3.5);
  }

  @Test
  void badInputNamesTheProblem() {
    assertThatThrownBy(() -> new HeatMap("x", M, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max > min");
    assertThatThrownBy(() -> new HeatMap("x", new double[][] {{1, 2}, {3}}, 0, 1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
    assertThatThrownBy(() -> new HeatMap("x", new double[][] {{Double.POSITIVE_INFINITY}}, 0,
        1, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("infinite");
    assertThatThrownBy(() -> HeatMapFigure.of(List.of(new HeatMap("a", M, 0, 1, false),
        new HeatMap("b", M, 0, 2, false)), null, Style.SLIDE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour range");
  }
}
