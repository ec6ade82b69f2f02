package org.knotwork.render.video;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.LegendStrip;
import org.knotwork.draw.figure.Painter;
import org.knotwork.draw.figure.Panel;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.figure.FunctionChart;
import org.knotwork.render.figure.LossChart;
import org.knotwork.render.figure.SplineSpaceChart;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Storyboard;

/**
 * One video frame: a legend strip on top, function space (f, data, residuals, references, knots; upper left), spline space
 * (&beta; against &mu;, with the first frame faint; upper right) and the whole loss curve with a
 * cursor at this frame's time (bottom). All frames share the storyboard's axes.
 */
public final class FrameComposer {
  private final Storyboard sb;
  private final int width;
  private final int height;
  private final Style style;

  /** A composer for {@code sb} at width &times; height pixels. */
  public FrameComposer(Storyboard sb, int width, int height) {
    this.sb = sb;
    this.width = width;
    this.height = height;
    this.style = new Style(Math.max(9, Math.min(22, height / 40)));
  }

  /** The title line of frame k: run title, step, time and loss. */
  public String caption(int k) {
    FrameState f = sb.frame(k);
    return String.format(Locale.ROOT, "%s \u2014 step %d, t = %s, L = %s", sb.scene().title(),
        f.step(), Style.num(f.time()), Style.num(f.loss()));
  }

  /** The figure of video frame k. */
  public Figure figure(int k) {
    FrameState f = sb.frame(k);
    int legendH = 2 * style.fontSize();
    int topH = (int) Math.round(height * 0.66);
    int leftW = (int) Math.round(width * 0.6);
    org.knowm.xchart.XYChart fc = FunctionChart.of(sb.scene(), f, style, caption(k));
    fc.getStyler().setLegendVisible(false);
    Painter function = Painter.of(fc);
    Painter spline = Painter.of(SplineSpaceChart.of(sb.scene(), f, sb.frame(0), style,
        "spline space (\u03b2, \u03bc)"));
    Painter loss = Painter.of(LossChart.of(sb.scene(), f.time(), true, style, null));
    return new Figure(width, height, List.of(
        new Panel(new LegendStrip(style), 0, 0, width, legendH),
        new Panel(function, 0, legendH, leftW, topH - legendH),
        new Panel(spline, leftW, legendH, width - leftW, topH - legendH),
        new Panel(loss, 0, topH, width, height - topH)));
  }

  /** The RGB image of video frame k. */
  public BufferedImage image(int k) {
    return FigureWriter.image(figure(k));
  }
}
