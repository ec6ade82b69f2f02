package org.knotwork.render.model;

import java.util.Arrays;

/**
 * Which recorded frames a video shows: frames at uniform training time. For M video frames the
 * target times are &tau;<sub>k</sub> = t<sub>0</sub> + k(t<sub>end</sub> &minus; t<sub>0</sub>)/(M &minus; 1),
 * and video frame k shows the recorded frame nearest to &tau;<sub>k</sub> (the earlier one on a tie).
 * When the recording itself is uniform in time and has at most M frames, every recorded frame is
 * shown once, in order. A recorded frame may repeat where the recording is sparser than the video,
 * so that time runs at a constant rate.
 *
 * @param indices for each video frame, the index of the recorded frame it shows
 * @param targetTimes for each video frame, its target time &tau;<sub>k</sub>
 */
public record FrameSelection(int[] indices, double[] targetTimes) {

  /** Copies the arrays. */
  public FrameSelection {
    if (indices.length != targetTimes.length || indices.length == 0) {
      throw new IllegalArgumentException("indices and targetTimes must be non-empty and of equal "
          + "length, got " + indices.length + " and " + targetTimes.length);
    }
    indices = indices.clone();
    targetTimes = targetTimes.clone();
  }

  /**
   * Frames at uniform time, at most {@code maxFrames} of them.
   *
   * @param maxFrames upper bound on the number of video frames, &ge; 1
   */
  public static FrameSelection uniformInTime(Trajectory t, int maxFrames) {
    if (maxFrames < 1) {
      throw new IllegalArgumentException("maxFrames must be >= 1, got " + maxFrames);
    }
    int n = t.size();
    double[] times = t.frames().stream().mapToDouble(Frame::time).toArray();
    double t0 = times[0];
    double t1 = times[n - 1];
    if (n == 1 || t1 == t0) {
      return new FrameSelection(new int[] {n - 1}, new double[] {t1});
    }
    int m = Math.min(maxFrames, n);
    if (m == 1) {
      return new FrameSelection(new int[] {n - 1}, new double[] {t1});
    }
    int[] idx = new int[m];
    double[] target = new double[m];
    int j = 0;
    for (int k = 0; k < m; k++) {
      double tau = k == m - 1 ? t1 : t0 + (t1 - t0) * k / (m - 1);
      target[k] = tau;
      while (j + 1 < n && times[j + 1] <= tau) {
        j++;
      }
      int best = j;
      if (j + 1 < n && times[j + 1] - tau < tau - times[j]) {
        best = j + 1;
      }
      idx[k] = best;
    }
    return new FrameSelection(idx, target);
  }

  /** Number of video frames. */
  public int size() {
    return indices.length;
  }

  @Override
  public int[] indices() {
    return indices.clone();
  }

  @Override
  public double[] targetTimes() {
    return targetTimes.clone();
  }

  /** The recorded frame shown by video frame k. */
  public int index(int k) {
    return indices[k];
  }

  /** The target time of video frame k. */
  public double targetTime(int k) {
    return targetTimes[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameSelection s && Arrays.equals(indices, s.indices)
        && Arrays.equals(targetTimes, s.targetTimes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(targetTimes);
  }

  @Override
  public String toString() {
    return "FrameSelection[" + indices.length + " frames]";
  }
}
