package org.knotwork.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.SplineParams;
import org.knotwork.regime.Interpolant;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;

/**
 * A trajectory prepared for drawing: the shared {@link Scene} and one {@link FrameState} per video
 * frame. Built once; every output (figures, GIF, MP4, viewer, per-frame data) reads from it.
 *
 * @param scene shared scales and curves
 * @param frames the video frames in order
 * @param selection which recorded frame each video frame shows
 */
public record Storyboard(Scene scene, List<FrameState> frames, FrameSelection selection) {

  /** Points of the reference-interpolant grid. */
  public static final int REFERENCE_GRID = 401;
  /** Padding of the view window on each side, as a fraction of the data hull's width. */
  public static final double WINDOW_PAD = 0.15;

  /** Copies the frame list. */
  public Storyboard {
    frames = List.copyOf(frames);
  }

  /** Number of video frames. */
  public int size() {
    return frames.size();
  }

  /** Video frame k. */
  public FrameState frame(int k) {
    return frames.get(k);
  }

  /** Builds the storyboard of {@code t} for the given frame selection. */
  public static Storyboard of(Trajectory t, FrameSelection selection) {
    Dataset data = t.data();
    double lo = data.xMin();
    double hi = data.xMax();
    double pad = hi > lo ? WINDOW_PAD * (hi - lo) : 0.5;
    double xMin = lo - pad;
    double xMax = hi + pad;

    double[] gx = new double[REFERENCE_GRID];
    for (int k = 0; k < gx.length; k++) {
      gx[k] = xMin + (xMax - xMin) * k / (gx.length - 1);
    }
    Interpolant natural = Interpolant.naturalCubicSpline(data);
    Interpolant lin = Interpolant.linear(data);
    double[] cubic = Arrays.stream(gx).map(natural).toArray();
    double[] linear = Arrays.stream(gx).map(lin).toArray();

    List<FrameState> states = new ArrayList<>(selection.size());
    for (int k = 0; k < selection.size(); k++) {
      int j = selection.index(k);
      states.add(state(k, j, selection.targetTime(k), t.frames().get(j), data, xMin, xMax));
    }

    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (double[] arr : List.of(data.y(), cubic, linear)) {
      for (double v : arr) {
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, v);
      }
    }
    double muMax = 0;
    for (FrameState s : states) {
      for (double v : s.curveY()) {
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, v);
      }
      for (int i = 0; i < s.width(); i++) {
        if (s.orientation()[i] != 0 && s.beta()[i] >= xMin && s.beta()[i] <= xMax) {
          muMax = Math.max(muMax, Math.abs(s.mu()[i]));
        }
      }
    }
    double ypad = yMax > yMin ? 0.08 * (yMax - yMin) : 0.5;
    int n = t.size();
    double[] times = new double[n];
    long[] steps = new long[n];
    double[] losses = new double[n];
    double[] grads = new double[n];
    for (int j = 0; j < n; j++) {
      Frame f = t.frames().get(j);
      times[j] = f.time();
      steps[j] = f.step();
      losses[j] = f.loss();
      grads[j] = f.gradientNorm();
    }
    Scene scene = new Scene(t.title(), data, xMin, xMax, yMin - ypad, yMax + ypad,
        muMax > 0 ? muMax : 1.0, gx, cubic, linear, times, steps, losses, grads, t.events(),
        t.spectrumLabel(), t.spec());
    return new Storyboard(scene, states, selection);
  }

  private static FrameState state(int k, int j, double target, Frame f, Dataset data,
      double xMin, double xMax) {
    SplineParams sp = f.net().toSpline();
    int h = sp.width();
    double[] beta = sp.beta();
    double[] mu = sp.mu();
    int[] s = sp.orientation();
    TreeSet<Double> xs = new TreeSet<>();
    xs.add(xMin);
    xs.add(xMax);
    for (int i = 0; i < h; i++) {
      if (s[i] != 0 && beta[i] > xMin && beta[i] < xMax) {
        xs.add(beta[i]);
      }
    }
    double[] curveX = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] curveY = SweepLoss.evaluate(sp, curveX);
    double[] atKnot = new double[h];
    double[] finiteBeta = new double[h];
    for (int i = 0; i < h; i++) {
      finiteBeta[i] = s[i] == 0 ? 0.0 : beta[i];
    }
    double[] fb = SweepLoss.evaluate(sp, finiteBeta);
    for (int i = 0; i < h; i++) {
      atKnot[i] = s[i] == 0 ? Double.NaN : fb[i];
    }
    double[] pred = SweepLoss.evaluate(sp, data.x());
    double[] res = new double[pred.length];
    for (int nIdx = 0; nIdx < res.length; nIdx++) {
      res[nIdx] = pred[nIdx] - data.y(nIdx);
    }
    double[] spectrum = f.spectrum();
    Inertia inertia = spectrum == null ? null
        : Inertia.of(spectrum, Inertia.defaultTolerance(spectrum));
    return new FrameState(k, j, f.step(), f.time(), target, f.loss(), f.gradientNorm(), sp.c(),
        beta, mu, s, atKnot, curveX, curveY, res, sp.canonical().knotCount(), spectrum, inertia);
  }
}
