package org.knotwork.render.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Scene;
import org.knotwork.render.scene.Storyboard;

/**
 * The per-frame data of a rendering, i.e. everything a video frame or the viewer draws, so that a
 * reader can re-plot any frame. Three files:
 * <ul>
 *   <li>{@code NAME.frames.json}, format {@value #FORMAT}: the window, data, reference
 *       interpolants, the whole-run loss curve, and per frame: step, times, loss, gradient norm,
 *       spline coordinates (&beta;, &mu;, s, c; S2), f at each knot, the exact polyline of f in the
 *       window, residuals, canonical knot count (S4), spectrum and inertia. Knotless neurons have
 *       {@code null} for &beta; and f(&beta;).</li>
 *   <li>{@code NAME.frames.csv}: one row per frame (scalars).</li>
 *   <li>{@code NAME.knots.csv}: one row per frame and neuron (long form).</li>
 * </ul>
 * Output is deterministic: doubles in Java's round-trip form, fixed key order, no timestamps.
 */
public final class FrameData {
  /** The JSON format tag. */
  public static final String FORMAT = "knotwork-frames/1";

  private FrameData() {}

  /** The JSON text of the storyboard. */
  public static String toJson(Storyboard sb) {
    Scene s = sb.scene();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("title", s.title());
    m.put("spec", s.spec());
    m.put("spectrumLabel", s.spectrumLabel());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("xMin", s.xMin());
    window.put("xMax", s.xMax());
    window.put("yMin", s.yMin());
    window.put("yMax", s.yMax());
    window.put("muMax", s.muMax());
    m.put("window", window);
    m.put("data", TrajectoryJson.dataMap(s.data()));
    Map<String, Object> refs = new LinkedHashMap<>();
    refs.put("x", s.referenceX());
    refs.put("naturalCubicSpline", s.cubic());
    refs.put("linearInterpolant", s.linear());
    m.put("references", refs);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("time", s.times());
    run.put("step", s.steps());
    run.put("loss", s.losses());
    run.put("gradientNorm", s.gradientNorms());
    m.put("run", run);
    m.put("events", TrajectoryJson.eventMaps(s.events()));
    List<Map<String, Object>> frames = new ArrayList<>();
    for (FrameState f : sb.frames()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("index", f.index());
      fm.put("record", f.recordIndex());
      fm.put("step", f.step());
      fm.put("time", f.time());
      fm.put("targetTime", f.targetTime());
      fm.put("loss", f.loss());
      fm.put("gradientNorm", f.gradientNorm());
      fm.put("c", f.offset());
      fm.put("beta", nullable(f.beta()));
      fm.put("mu", f.mu());
      fm.put("s", f.orientation());
      fm.put("fAtKnot", nullable(f.valueAtKnot()));
      Map<String, Object> curve = new LinkedHashMap<>();
      curve.put("x", f.curveX());
      curve.put("y", f.curveY());
      fm.put("curve", curve);
      fm.put("residual", f.residuals());
      fm.put("distinctKnots", f.distinctKnots());
      if (f.hasSpectrum()) {
        fm.put("spectrum", f.spectrum());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("positive", f.inertia().positive());
        in.put("zero", f.inertia().zero());
        in.put("negative", f.inertia().negative());
        in.put("tolerance", f.inertia().tolerance());
        fm.put("inertia", in);
      }
      frames.add(fm);
    }
    m.put("frames", frames);
    return Json.write(m);
  }

  /** One row per frame: the scalars of {@link #toJson}. */
  public static String framesCsv(Storyboard sb) {
    StringBuilder b = new StringBuilder(
        "frame,record,step,time,target_time,loss,gradient_norm,c,distinct_knots,"
            + "inertia_positive,inertia_zero,inertia_negative\n");
    for (FrameState f : sb.frames()) {
      b.append(f.index()).append(',').append(f.recordIndex()).append(',').append(f.step())
          .append(',').append(f.time()).append(',').append(f.targetTime()).append(',')
          .append(f.loss()).append(',').append(f.gradientNorm()).append(',').append(f.offset())
          .append(',').append(f.distinctKnots()).append(',');
      if (f.hasSpectrum()) {
        b.append(f.inertia().positive()).append(',').append(f.inertia().zero()).append(',')
            .append(f.inertia().negative());
      } else {
        b.append(",,");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** One row per frame and neuron (long form); knotless neurons have empty beta and f. */
  public static String knotsCsv(Storyboard sb) {
    StringBuilder b = new StringBuilder("frame,step,time,neuron,beta,mu,orientation,f_at_beta\n");
    for (FrameState f : sb.frames()) {
      for (int i = 0; i < f.width(); i++) {
        boolean knot = f.orientation()[i] != 0;
        b.append(f.index()).append(',').append(f.step()).append(',').append(f.time())
            .append(',').append(i).append(',').append(knot ? String.valueOf(f.beta()[i]) : "")
            .append(',').append(f.mu()[i]).append(',').append(f.orientation()[i]).append(',')
            .append(knot ? String.valueOf(f.valueAtKnot()[i]) : "").append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Writes {@code DIR/NAME.frames.json}, {@code NAME.frames.csv} and {@code NAME.knots.csv}.
   *
   * @return the three paths
   */
  public static List<Path> write(Path dir, String name, Storyboard sb) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "name must use letters, digits, '.', '_' or '-', got '%s'", name));
    }
    Path json = dir.resolve(name + ".frames.json");
    Path frames = dir.resolve(name + ".frames.csv");
    Path knots = dir.resolve(name + ".knots.csv");
    AtomicFiles.writeString(json, toJson(sb) + "\n");
    AtomicFiles.writeString(frames, framesCsv(sb));
    AtomicFiles.writeString(knots, knotsCsv(sb));
    return List.of(json, frames, knots);
  }

  private static Double[] nullable(double[] a) {
    Double[] out = new Double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Double.isNaN(a[i]) ? null : a[i];
    }
    return out;
  }
}
