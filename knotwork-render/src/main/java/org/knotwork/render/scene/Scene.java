package org.knotwork.render.scene;

import java.util.List;
import java.util.Map;
import org.knotwork.data.Dataset;
import org.knotwork.render.model.TrajectoryEvent;

/**
 * What every frame of a rendering shares: the view window, the reference interpolants, the scales
 * and the whole-run curves (loss, gradient norm) that frames draw a time cursor on.
 *
 * @param title run title
 * @param data the training data
 * @param xMin left end of the view window (the data hull padded on both sides)
 * @param xMax right end of the view window
 * @param yMin bottom of the function panel, fixed for the whole rendering
 * @param yMax top of the function panel
 * @param muMax the largest |&mu;| of a knot inside the window over all shown frames (marker scale);
 *     1 when there is none
 * @param referenceX grid over the window for the reference interpolants
 * @param cubic natural cubic spline interpolant on {@code referenceX} (kernel-regime limit, S24)
 * @param linear linear interpolant on {@code referenceX} (adaptive-regime limit, notes &sect;6)
 * @param times time of every recorded frame
 * @param steps step of every recorded frame
 * @param losses loss of every recorded frame
 * @param gradientNorms gradient norm of every recorded frame
 * @param events flow events
 * @param spectrumLabel what the spectra are, or null
 * @param spec run description
 */
public record Scene(String title, Dataset data, double xMin, double xMax, double yMin, double yMax,
    double muMax, double[] referenceX, double[] cubic, double[] linear, double[] times,
    long[] steps, double[] losses, double[] gradientNorms, List<TrajectoryEvent> events,
    String spectrumLabel, Map<String, String> spec) {

  /** First recorded time. */
  public double startTime() {
    return times[0];
  }

  /** Last recorded time. */
  public double endTime() {
    return times[times.length - 1];
  }
}
