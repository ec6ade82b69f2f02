package org.knotwork.render.html;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.draw.figure.Style;
import org.knotwork.regime.OrderParameters;
import org.knotwork.render.RenderedFiles;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Storyboard;

/**
 * The report of one run: its spec, its metrics (loss, gradient norm, knot counts, inertia and the
 * regime order parameters of notes &sect;6 between the initial and the final network), and links to
 * or embeddings of its figures, videos, per-frame data and viewer, all by relative path inside the
 * output directory. Deterministic.
 */
public final class ReportPage {
  /** Distance used for the "knots near data" order parameter (notes E9). */
  public static final double NEAR_DATA = 0.02;

  private ReportPage() {}

  /** The metrics shown, by label, formatted. */
  public static Map<String, String> metrics(Trajectory t, Storyboard sb) {
    Frame first = t.frames().get(0);
    Frame last = t.last();
    FrameState end = sb.frame(sb.size() - 1);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("width H", String.valueOf(t.width()));
    m.put("data points N", String.valueOf(t.data().size()));
    m.put("recorded states", String.valueOf(t.size()));
    m.put("video frames", String.valueOf(sb.size()));
    m.put("steps", first.step() + " \u2192 " + last.step());
    m.put("training time", Style.num(first.time()) + " \u2192 " + Style.num(last.time()));
    m.put("loss L", Style.num(first.loss()) + " \u2192 " + Style.num(last.loss()));
    m.put("gradient norm \u2016\u2207L\u2016", Style.num(first.gradientNorm()) + " \u2192 "
        + Style.num(last.gradientNorm()));
    m.put("distinct knots at the end (S4)", String.valueOf(end.distinctKnots()));
    if (end.hasSpectrum()) {
      m.put("Hessian inertia at the end (+, 0, \u2212)", end.inertia().positive() + ", "
          + end.inertia().zero() + ", " + end.inertia().negative() + " (tolerance "
          + Style.num(end.inertia().tolerance()) + ")");
    }
    OrderParameters op = OrderParameters.measure(t.initial(), last.net(), t.data(), NEAR_DATA);
    m.put("relative parameter change \u2016\u03b8\u2081\u2212\u03b8\u2080\u2016/\u2016\u03b8\u2080\u2016",
        Style.num(op.relativeParameterChange()));
    m.put("mean knot displacement |\u0394\u03b2|", Style.num(op.meanKnotDisplacement()));
    m.put("|\u03bc| mass within " + NEAR_DATA + " of a data point",
        Style.num(op.muMassNearData()));
    m.put("\u03a3|\u03bc| in the data hull (linear interpolant: "
        + Style.num(op.linearTotalVariation()) + ")", Style.num(op.muMassInHull()));
    m.put("sup |f \u2212 natural cubic spline| on the hull", Style.num(op.supToCubic()));
    m.put("sup |f \u2212 linear interpolant| on the hull", Style.num(op.supToLinear()));
    return m;
  }

  /** The page's HTML text. */
  public static String html(Trajectory t, Storyboard sb, RenderedFiles files) {
    StringBuilder b = new StringBuilder();
    String title = Templates.escape(t.title());
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"generator\" content=\"Knotwork report\">\n<title>").append(title)
        .append(" \u2014 Knotwork run report</title>\n<style>\n")
        .append(Templates.resource("report.css")).append("</style>\n</head>\n<body>\n<h1>")
        .append(title).append("</h1>\n");
    b.append("<nav>");
    if (files.viewer() != null) {
      b.append(link(files.viewer(), "interactive viewer")).append(" \u00b7 ");
    }
    b.append("<a href=\"#metrics\">metrics</a> \u00b7 <a href=\"#figures\">figures</a>");
    if (files.gif() != null || files.mp4() != null) {
      b.append(" \u00b7 <a href=\"#video\">video</a>");
    }
    b.append("</nav>\n<section id=\"spec\"><h2>Spec</h2>\n");
    if (t.spec().isEmpty()) {
      b.append("<p>No spec recorded.</p>\n");
    } else {
      table(b, t.spec());
    }
    b.append("</section>\n<section id=\"metrics\"><h2>Metrics</h2>\n");
    table(b, metrics(t, sb));
    b.append("</section>\n");
    if (files.gif() != null || files.mp4() != null) {
      b.append("<section id=\"video\"><h2>Video</h2>\n<p>Frames at uniform training time; the "
          + "per-frame data that every frame draws: ");
      for (Path p : files.frameData()) {
        b.append(link(p, p.getFileName().toString())).append(' ');
      }
      b.append("</p>\n");
      if (files.mp4() != null) {
        b.append("<video controls loop src=\"").append(href(files.mp4()))
            .append("\"></video>\n");
      }
      if (files.gif() != null) {
        b.append("<p>").append(link(files.gif(), "animated GIF")).append("</p>\n<img src=\"")
            .append(href(files.gif())).append("\" alt=\"animation of the learning dynamics\">\n");
      }
      b.append("</section>\n");
    }
    b.append("<section id=\"figures\"><h2>Figures</h2>\n");
    for (Map.Entry<String, List<Path>> e : files.figures().entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      b.append("<figure><img src=\"").append(href(e.getValue().get(0))).append("\" alt=\"")
          .append(Templates.escape(e.getKey())).append("\"><figcaption>")
          .append(Templates.escape(e.getKey()));
      for (Path p : e.getValue()) {
        String name = p.getFileName().toString();
        b.append(" \u00b7 ").append(link(p, name.substring(name.lastIndexOf('.') + 1)));
      }
      b.append("</figcaption></figure>\n");
    }
    b.append("</section>\n<footer>Made with Knotwork.</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Writes the page. */
  public static void write(Path file, Trajectory t, Storyboard sb, RenderedFiles files) {
    AtomicFiles.writeString(file, html(t, sb, files));
  }

  private static void table(StringBuilder b, Map<String, String> rows) {
    b.append("<table>\n");
    for (Map.Entry<String, String> e : rows.entrySet()) {
      b.append("<tr><th>").append(Templates.escape(e.getKey())).append("</th><td>")
          .append(Templates.escape(e.getValue())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static String href(Path p) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < p.getNameCount(); i++) {
      if (i > 0) {
        s.append('/');
      }
      s.append(Templates.escape(p.getName(i).toString()));
    }
    return s.toString();
  }

  private static String link(Path p, String text) {
    return "<a href=\"" + href(p) + "\">" + Templates.escape(text) + "</a>";
  }
}
