package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The shared look of every chart: white background, light grid, sans-serif fonts sized for slides,
 * legend inside the plot, no XChart decorations.
 *
 * @param fontSize tick-label size in pixels; titles are a little larger. At least 8.
 */
public record Style(int fontSize) {

  /** For stand-alone figures around 1280 &times; 800 pixels: readable on a projected slide. */
  public static final Style SLIDE = new Style(20);

  /** Validates the font size. */
  public Style {
    if (fontSize < 8 || fontSize > 96) {
      throw new IllegalArgumentException("fontSize must be between 8 and 96, got " + fontSize);
    }
  }

  /** A styled XY chart with title and axis titles. */
  public XYChart xyChart(String title, String xTitle, String yTitle) {
    XYChart c = new XYChart(800, 600);
    c.setTitle(title == null ? "" : title);
    c.setXAxisTitle(xTitle);
    c.setYAxisTitle(yTitle);
    apply(c.getStyler());
    c.getStyler().setChartTitleVisible(title != null && !title.isEmpty());
    c.getStyler().setDefaultSeriesRenderStyle(
        org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Line);
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::tick);
    c.getStyler().setyAxisTickLabelsFormattingFunction(Style::tick);
    return c;
  }

  /** Applies the style to an axes chart's styler. */
  public void apply(AxesChartStyler s) {
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, fontSize);
    s.setBaseFont(tick);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize + 3));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize + 1));
    s.setAxisTickLabelsFont(tick);
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize - 1));
    s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize - 1));
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0x888888));
    s.setPlotGridLinesColor(new Color(0xE4E4E4));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartFontColor(Color.BLACK);
    s.setAxisTickLabelsColor(new Color(0x333333));
    s.setLegendBorderColor(new Color(0xCCCCCC));
    s.setLegendBackgroundColor(new Color(255, 255, 255, 225));
    s.setLegendPosition(s instanceof org.knowm.xchart.style.HeatMapStyler
        ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE);
    s.setChartTitleBoxVisible(false);
    s.setChartPadding(Math.max(6, fontSize / 2));
    s.setPlotMargin(0);
    s.setMarkerSize(Math.max(6, (int) Math.round(fontSize * 0.6)));
    s.setXAxisTickMarkSpacingHint(fontSize * 6);
    s.setYAxisTickMarkSpacingHint(fontSize * 4);
    s.setAntiAlias(true);
    s.setTextAntiAlias(true);
    s.setLocale(Locale.ROOT);
  }

  /**
   * A tick label: {@link #num}, with values within 1e-12 of 0 (rounding residue of the tick grid)
   * shown as 0.
   */
  public static String tick(double v) {
    return Math.abs(v) < 1e-12 ? "0" : num(v);
  }

  /** Compact number format for tick labels and titles (4 significant digits). */
  public static String num(double v) {
    if (v == 0) {
      return "0";
    }
    if (!Double.isFinite(v)) {
      return String.valueOf(v); // NaN, Infinity: e.g. an order parameter of a two-point data set
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e5) {
      String s = String.format(Locale.ROOT, "%.4g", v);
      if (s.contains(".") && !s.contains("e")) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return s;
    }
    String[] parts = String.format(Locale.ROOT, "%.3e", v).split("e");
    String mant = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
    return mant + "e" + Integer.parseInt(parts[1]);
  }
}
