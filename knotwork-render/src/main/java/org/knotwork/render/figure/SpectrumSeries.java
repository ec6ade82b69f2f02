package org.knotwork.render.figure;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Storyboard;

/**
 * Hessian spectra over training time, the input of {@link SpectrumFigure}.
 *
 * @param label what the matrix is (e.g. "Hessian, network coordinates"); non-blank
 * @param times time of each spectrum, non-decreasing
 * @param eigenvalues eigenvalues at each time (finite; any order)
 */
public record SpectrumSeries(String label, double[] times, List<double[]> eigenvalues) {

  /** Validates and copies. */
  public SpectrumSeries {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must name the matrix, e.g. \"Hessian\"");
    }
    if (times.length == 0 || times.length != eigenvalues.size()) {
      throw new IllegalArgumentException("times and eigenvalues must be non-empty and of equal "
          + "length, got " + times.length + " and " + eigenvalues.size());
    }
    times = times.clone();
    List<double[]> copy = new ArrayList<>();
    for (int k = 0; k < times.length; k++) {
      if (!Double.isFinite(times[k]) || (k > 0 && times[k] < times[k - 1])) {
        throw new IllegalArgumentException("times must be finite and non-decreasing, times[" + k
            + "] = " + times[k]);
      }
      double[] e = eigenvalues.get(k).clone();
      for (double v : e) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("eigenvalues[" + k + "] has a non-finite entry " + v);
        }
      }
      copy.add(e);
    }
    eigenvalues = List.copyOf(copy);
  }

  /** The spectra of the storyboard's frames that carry one, or null if none does. */
  public static SpectrumSeries of(Storyboard sb) {
    List<Double> t = new ArrayList<>();
    List<double[]> e = new ArrayList<>();
    for (FrameState f : sb.frames()) {
      if (f.hasSpectrum()) {
        t.add(f.time());
        e.add(f.spectrum());
      }
    }
    if (t.isEmpty()) {
      return null;
    }
    return new SpectrumSeries(sb.scene().spectrumLabel(),
        t.stream().mapToDouble(Double::doubleValue).toArray(), e);
  }

  /** Inertia of spectrum k at the default scale-aware tolerance. */
  public Inertia inertia(int k) {
    double[] e = eigenvalues.get(k);
    return Inertia.of(e, Inertia.defaultTolerance(e));
  }
}
