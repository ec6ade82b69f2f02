package org.knotwork.render.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.InitLaw;
import org.knotwork.draw.figure.InitLawFigure;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.PhaseDiagramFigure;
import org.knotwork.draw.figure.PhaseGrid;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.Renderer;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.Storyboard;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class FiguresTest {
  private static final Trajectory T = SyntheticTrajectories.gradientDescent(8, 4, 300, 20, 0.05,
      true);
  private static final Storyboard SB = Storyboard.of(T, FrameSelection.uniformInTime(T, 16));
  private static final Map<String, Figure> FIGURES = Renderer.figures(SB);

  @Test
  void everyRunFigureHasContentInPngAndSvg() throws Exception {
    Map<String, Figure> figures = FIGURES;
    assertThat(figures).containsOnlyKeys("function-start", "function-end", "spline-space-end",
        "loss", "knot-paths", "spectrum");
    for (Map.Entry<String, Figure> e : figures.entrySet()) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(FigureWriter.png(e.getValue())));
      assertThat(img.getWidth()).as(e.getKey()).isEqualTo(e.getValue().width());
      assertThat(distinctColours(img)).as(e.getKey()).isGreaterThan(50);
      Document svg = parse(FigureWriter.svg(e.getValue()));
      assertThat(svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("line")
          .getLength()).as(e.getKey()).isGreaterThan(10);
      assertThat(svg.getDocumentElement().getAttribute("width"))
          .isEqualTo(String.valueOf(e.getValue().width()));
    }
  }

  @Test
  void functionChartDrawsKnotsDataAndReferencesInTheirColours() throws Exception {
    BufferedImage img = FigureWriter.image(FIGURES.get("function-end"));
    Set<Integer> colours = colours(img);
    assertThat(colours).contains(Palette.DATA.getRGB() & 0xFFFFFF,
        Palette.CUBIC.getRGB() & 0xFFFFFF, Palette.FUNCTION.getRGB() & 0xFFFFFF);
    boolean anyRight = SB.frame(SB.size() - 1).orientation().length > 0;
    assertThat(anyRight).isTrue();
    assertThat(colours.contains(Palette.RIGHT_FACING.getRGB() & 0xFFFFFF)
        || colours.contains(Palette.LEFT_FACING.getRGB() & 0xFFFFFF)).isTrue();
  }

  @Test
  void svgDrawsTextAsOutlinesSoItNeedsNoFonts() throws Exception {
    // XChart paints text as glyph outlines: the SVG carries no <text> and no font dependency
    Document svg = parse(FigureWriter.svg(FIGURES.get("loss")));
    assertThat(svg.getElementsByTagName("text").getLength()).isZero();
    assertThat(svg.getElementsByTagName("path").getLength()).isGreaterThan(30);
  }

  @Test
  void sameFigureGivesSameBytes() {
    Figure a = FIGURES.get("knot-paths");
    Figure b = Renderer.figures(Storyboard.of(T, FrameSelection.uniformInTime(T, 16)))
        .get("knot-paths");
    assertThat(FigureWriter.png(a)).isEqualTo(FigureWriter.png(b));
    assertThat(FigureWriter.svg(a)).isEqualTo(FigureWriter.svg(b));
  }

  @Test
  void knotSizeClassesGrowWithAbsMuAndAreaIsProportional() {
    assertThat(FunctionChart.sizeClass(0, 1)).isZero();
    assertThat(FunctionChart.sizeClass(1, 1)).isEqualTo(FunctionChart.SIZE_CLASSES - 1);
    assertThat(FunctionChart.sizeClass(5, 1)).isEqualTo(FunctionChart.SIZE_CLASSES - 1);
    // area ∝ |μ|: |μ| = 1/4 of the maximum is half the linear size, class 3 of 6
    assertThat(FunctionChart.sizeClass(0.25 + 1e-9, 1)).isEqualTo(3);
  }

  @Test
  void initLawHistogramIsADensityWithBinomialErrors() {
    Rng rng = Rng.of(3, "init-law-test");
    double[] s = new double[40_000];
    for (int i = 0; i < s.length; i++) {
      s[i] = rng.uniform(-1, 1);
    }
    InitLaw law = new InitLaw("U(-1, 1)", "x", s, x -> Math.abs(x) <= 1 ? 0.5 : 0, "1/2", -2, 2,
        40);
    double[] h = law.histogram();
    double integral = 0;
    for (double v : h) {
      integral += v * 0.1;
    }
    assertThat(integral).isCloseTo(1.0, within(1e-12));
    // inside [-1, 1] each bin estimates 1/2; standard error sqrt(p(1-p)/M)/w with p = 0.05
    double se = Math.sqrt(0.05 * 0.95 / s.length) / 0.1;
    double[] err = law.standardErrors();
    for (int j = 10; j < 30; j++) {
      assertThat(h[j]).isCloseTo(0.5, within(5 * se));
      assertThat(err[j]).isCloseTo(se, within(0.2 * se));
    }
    assertThat(h[0]).isZero();
    assertThat(law.outsideFraction()).isZero();
    BufferedImage img = FigureWriter.image(Figure.of(InitLawFigure.of(law, Style.SLIDE), 1000,
        700));
    assertThat(colours(img)).contains(Palette.VERMILLION.getRGB() & 0xFFFFFF);
  }

  @Test
  void phaseDiagramPaintsEachCellInItsViridisColour() {
    double[][] v = {{0.0, 0.5}, {Double.NaN, 1.0}};
    PhaseGrid g = new PhaseGrid("Regimes", "ratio", new double[] {1, 4}, "H",
        new double[] {100, 1000}, v, "clustering");
    BufferedImage img = FigureWriter.image(Figure.of(PhaseDiagramFigure.of(g, Style.SLIDE), 900,
        700));
    Set<Integer> c = colours(img);
    assertThat(c).contains(Palette.viridis()[0].getRGB() & 0xFFFFFF,
        Palette.viridis()[8].getRGB() & 0xFFFFFF, Palette.viridis()[4].getRGB() & 0xFFFFFF);
    assertThat(PhaseDiagramFigure.color(0.5)).isEqualTo(Palette.viridis()[4]);
    assertThatThrownBy(() -> PhaseDiagramFigure.of(new PhaseGrid("x", "a", new double[] {1},
        "b", new double[] {1}, new double[][] {{Double.NaN}}, "v"), Style.SLIDE))
        .hasMessageContaining("no values");
    assertThatThrownBy(() -> new PhaseGrid("x", "a", new double[] {1, 2}, "b",
        new double[] {1}, new double[][] {{1}}, "v")).hasMessageContaining("values[0]");
  }

  @Test
  void spectrumInertiaCountsEveryEigenvalue() {
    SpectrumSeries s = SpectrumSeries.of(SB);
    for (int k = 0; k < s.times().length; k++) {
      var in = s.inertia(k);
      assertThat(in.positive() + in.zero() + in.negative()).isEqualTo(3 * T.width() + 1);
    }
    BufferedImage img = FigureWriter.image(SpectrumFigure.of(s, Style.SLIDE, 1000, 800));
    assertThat(colours(img)).contains(Palette.POSITIVE.getRGB() & 0xFFFFFF);
  }

  private static int distinctColours(BufferedImage img) {
    return colours(img).size();
  }

  private static Set<Integer> colours(BufferedImage img) {
    Set<Integer> s = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        s.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return s;
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }
}
