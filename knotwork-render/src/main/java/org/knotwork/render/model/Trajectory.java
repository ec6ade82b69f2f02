package org.knotwork.render.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;

/**
 * A training run as the renderer sees it: the data, the initial network, the recorded frames in
 * time order, optional flow events and a free-form description of the run.
 *
 * @param title a short human title (shown on figures and pages); non-blank
 * @param data the training data
 * @param initial the network at the start of training (usually equal to the first frame's network)
 * @param frames recorded states, at least one, with non-decreasing time and step, all of the same
 *     width as {@code initial}
 * @param events flow events (possibly empty), any order
 * @param spectrumLabel what the frames' spectra are (e.g. "Hessian, network coordinates"); required
 *     when any frame has a spectrum, otherwise may be null
 * @param spec key/value description of the run (seed, width, learning rate, ...), shown in reports;
 *     copied into a sorted map so that output does not depend on insertion order
 */
public record Trajectory(String title, Dataset data, NetworkParams initial, List<Frame> frames,
    List<TrajectoryEvent> events, String spectrumLabel, Map<String, String> spec) {

  /** Validates and copies. */
  public Trajectory {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must be a non-blank string");
    }
    if (data == null || initial == null) {
      throw new IllegalArgumentException("data and initial network are required");
    }
    if (frames == null || frames.isEmpty()) {
      throw new IllegalArgumentException("frames must contain at least one frame");
    }
    frames = List.copyOf(frames);
    events = events == null ? List.of() : List.copyOf(events);
    spec = Collections.unmodifiableMap(new TreeMap<>(spec == null ? Map.of() : spec));
    boolean anySpectrum = false;
    for (int k = 0; k < frames.size(); k++) {
      Frame f = frames.get(k);
      if (f.net().width() != initial.width()) {
        throw new IllegalArgumentException("frames[" + k + "] has width " + f.net().width()
            + ", the initial network has width " + initial.width());
      }
      if (k > 0) {
        Frame prev = frames.get(k - 1);
        if (f.time() < prev.time()) {
          throw new IllegalArgumentException("frames must be in time order: frames[" + k
              + "].time = " + f.time() + " < frames[" + (k - 1) + "].time = " + prev.time());
        }
        if (f.step() < prev.step()) {
          throw new IllegalArgumentException("frames must be in step order: frames[" + k
              + "].step = " + f.step() + " < " + prev.step());
        }
      }
      anySpectrum |= f.hasSpectrum();
    }
    if (anySpectrum && (spectrumLabel == null || spectrumLabel.isBlank())) {
      throw new IllegalArgumentException(
          "spectrumLabel is required when frames carry spectra (say which matrix they are of)");
    }
  }

  /** Width H of the network. */
  public int width() {
    return initial.width();
  }

  /** Number of recorded frames. */
  public int size() {
    return frames.size();
  }

  /** The last recorded frame. */
  public Frame last() {
    return frames.get(frames.size() - 1);
  }

  /** Whether any frame carries a spectrum. */
  public boolean hasSpectrum() {
    return frames.stream().anyMatch(Frame::hasSpectrum);
  }
}
