package org.knotwork.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Table;
import org.knowm.xchart.XYChart;

/** The PNG renderer of catalog figures, found on the class path through the service loader. */
class ChartRendererTest {
  @TempDir
  Path dir;

  static final Table TABLE = Table.of("t", "group", "x", "y", "z")
      .row("a", 3.0, 9.0, 1.0).row("a", 1.0, 1.0, 0.0).row("a", 2.0, 4.0, Double.NaN)
      .row("b", 1.0, 2.0, 5.0).row("b", 2.0, 8.0, 6.0).build();

  @Test
  void theServiceLoaderFindsTheRenderer() {
    assertThat(CatalogReport.renderers()).hasAtLeastOneElementOfType(ChartRenderer.class);
  }

  @Test
  void oneSeriesPerGroupAndColumnWithUnplottableRowsLeftOut() {
    Figure f = new Figure("f", "T", "t", "x", List.of("y", "z"), "group", "x", "y", false, true,
        "line");
    XYChart c = ChartRenderer.chart(f, TABLE);
    assertThat(c.getSeriesCollection()).extracting(s -> s.getName())
        .containsExactly("a y", "a z", "b y", "b z");
    // log y: z = 0 and NaN are dropped; the line is drawn in order of x
    assertThat(c.getSeries("a z").getXData()).containsExactly(3.0);
    assertThat(c.getSeries("a y").getXData()).containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void writesAPng() throws Exception {
    Path png = dir.resolve("f.png");
    new ChartRenderer().render(Figure.line("f", "T", "t", "x", List.of("y"), "x", "y"), TABLE,
        png);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(ChartRenderer.WIDTH);
    assertThat(img.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
  }

  @Test
  void heatmapPlacesEveryCellAndWritesAPng() throws Exception {
    Table k = Table.of("k", "row", "col", "value").row(1, 1, 2.0).row(1, 2, -1.0)
        .row(2, 2, 0.5).build();
    Figure f = Figure.heatmap("k", "K", "k", "col", "row", "value", "column", "row");
    org.knotwork.draw.figure.HeatMap m = ChartRenderer.heatMap(f, k);
    assertThat(m.values()[0]).containsExactly(2.0, -1.0);
    assertThat(m.values()[1][0]).isNaN();
    assertThat(m.values()[1][1]).isEqualTo(0.5);
    assertThat(m.min()).isEqualTo(-1.0);
    assertThat(m.max()).isEqualTo(2.0);
    Path png = dir.resolve("k.png");
    new ChartRenderer().render(f, k, png);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(ChartRenderer.WIDTH);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Figure("k", "K", "k", "col",
        List.of("row"), null, "c", "r", false, false, "heatmap"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heatmap");
  }
}
