package org.knotwork.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.Style;
import org.knotwork.draw.progress.Progress;
import org.knotwork.draw.video.GifWriter;
import org.knotwork.draw.video.Mp4Writer;
import org.knotwork.render.figure.FunctionChart;
import org.knotwork.render.figure.KnotPathsChart;
import org.knotwork.render.figure.LossChart;
import org.knotwork.render.figure.SpectrumFigure;
import org.knotwork.render.figure.SpectrumSeries;
import org.knotwork.render.figure.SplineSpaceChart;
import org.knotwork.render.html.ReportPage;
import org.knotwork.render.html.ViewerPage;
import org.knotwork.render.io.FrameData;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.Storyboard;
import org.knotwork.render.video.FrameComposer;

/**
 * Renders a trajectory into an output directory: figures ({@code figures/NAME.png|svg}), videos
 * ({@code dynamics.gif}, {@code dynamics.mp4}) with their per-frame data ({@code dynamics.frames.json},
 * {@code dynamics.frames.csv}, {@code dynamics.knots.csv}), the viewer ({@code viewer.html}) and the
 * report ({@code report.html}). Every file is deterministic in the trajectory and the options.
 */
public final class Renderer {
  /** Stand-alone figure size in pixels. */
  public static final int FIGURE_WIDTH = 1280;
  /** Stand-alone figure height in pixels. */
  public static final int FIGURE_HEIGHT = 800;
  /** Base name of the videos and their per-frame data. */
  public static final String VIDEO_NAME = "dynamics";

  private Renderer() {}

  /**
   * Renders {@code t} into {@code outDir} and returns what was written.
   *
   * @throws InputException if a video or the viewer is asked of fewer than two recorded frames
   */
  public static RenderedFiles render(Trajectory t, Path outDir, RenderOptions o,
      Progress.Factory progress) {
    if ((o.gif() || o.mp4() || o.html()) && t.size() < 2) {
      throw new InputException(t.title() + " has " + t.size() + " snapshot" + (t.size() == 1 ? ""
          : "s") + ": a video needs at least 2; record more with recording.snapshots");
    }
    Storyboard sb = Storyboard.of(t, FrameSelection.uniformInTime(t, o.video().maxFrames()));
    Map<String, List<Path>> figures = new LinkedHashMap<>();
    if (o.figures() || o.report()) {
      Map<String, Figure> all = figures(sb);
      try (Progress p = progress.open("figures", all.size())) {
        for (Map.Entry<String, Figure> e : all.entrySet()) {
          Path png = Path.of("figures", e.getKey() + ".png");
          Path svg = Path.of("figures", e.getKey() + ".svg");
          FigureWriter.writePng(e.getValue(), outDir.resolve(png));
          FigureWriter.writeSvg(e.getValue(), outDir.resolve(svg));
          figures.put(e.getKey(), List.of(png, svg));
          p.step();
        }
      }
    }
    List<Path> frameData = new ArrayList<>();
    if (o.gif() || o.mp4() || o.html()) {
      for (Path p : FrameData.write(outDir, VIDEO_NAME, sb)) {
        frameData.add(outDir.relativize(p));
      }
    }
    FrameComposer composer = new FrameComposer(sb, o.video().width(), o.video().height());
    Path gif = o.gif() ? Path.of(VIDEO_NAME + ".gif") : null;
    Path mp4 = o.mp4() ? Path.of(VIDEO_NAME + ".mp4") : null;
    if (gif != null || mp4 != null) {
      // one pass over the frames feeds both encoders, so each frame is drawn once
      ByteArrayOutputStream gifBytes = new ByteArrayOutputStream();
      try (Progress p = progress.open("video", sb.size());
          GifWriter g = gif == null ? null
              : new GifWriter(gifBytes, o.video().gifDelayCentiseconds());
          Mp4Writer m = mp4 == null ? null : new Mp4Writer(o.video().fps())) {
        for (int k = 0; k < sb.size(); k++) {
          BufferedImage img = composer.image(k);
          if (g != null) {
            g.add(img);
          }
          if (m != null) {
            m.add(img);
          }
          p.step();
        }
        if (m != null) {
          byte[] bytes = m.finish();
          AtomicFiles.write(outDir.resolve(mp4), out -> out.write(bytes));
        }
      }
      if (gif != null) {
        AtomicFiles.write(outDir.resolve(gif), gifBytes::writeTo);
      }
    }
    Path viewer = null;
    if (o.html()) {
      viewer = Path.of("viewer.html");
      ViewerPage.write(outDir.resolve(viewer), sb);
    }
    Path report = null;
    RenderedFiles partial = new RenderedFiles(figures, gif, mp4, frameData, viewer, null);
    if (o.report()) {
      report = Path.of("report.html");
      ReportPage.write(outDir.resolve(report), t, sb, partial);
    }
    return new RenderedFiles(figures, gif, mp4, frameData, viewer, report);
  }

  /**
   * The standard figures of a run, by name: function space at the start and end, spline space at
   * the end, loss, knot trajectories, and the spectrum with inertia when spectra were recorded.
   */
  public static Map<String, Figure> figures(Storyboard sb) {
    Style st = Style.SLIDE;
    int w = FIGURE_WIDTH;
    int h = FIGURE_HEIGHT;
    var first = sb.frame(0);
    var last = sb.frame(sb.size() - 1);
    Map<String, Figure> m = new LinkedHashMap<>();
    m.put("function-start", Figure.of(FunctionChart.of(sb.scene(), first, st,
        "Function space at the start (step " + first.step() + ", t = " + Style.num(first.time())
            + ")"), w, h));
    m.put("function-end", Figure.of(FunctionChart.of(sb.scene(), last, st,
        "Function space at the end (step " + last.step() + ", t = " + Style.num(last.time())
            + ")"), w, h));
    m.put("spline-space-end", Figure.of(SplineSpaceChart.of(sb.scene(), last, first, st,
        "Spline space: knots (\u03b2, \u03bc) at the end, start faint"), w, h));
    m.put("loss", Figure.of(LossChart.of(sb.scene(), Double.NaN, true, st,
        "Loss and gradient norm"), w, h));
    m.put("knot-paths", Figure.of(KnotPathsChart.of(sb, st, "Knot trajectories"), w, h));
    SpectrumSeries spectrum = SpectrumSeries.of(sb);
    if (spectrum != null) {
      m.put("spectrum", SpectrumFigure.of(spectrum, st, w, h + 100));
    }
    return m;
  }
}
