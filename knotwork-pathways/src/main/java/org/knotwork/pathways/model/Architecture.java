package org.knotwork.pathways.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a multi-pathway network (notes &sect;1): input and output dimensions, the pathways,
 * and the activation.
 *
 * @param inputs n<sub>in</sub> &ge; 1
 * @param outputs n<sub>out</sub> &ge; 1
 * @param pathways at least one pathway
 * @param activation applied after every hidden layer
 * @param readoutActivation whether the activation is also applied after each pathway's readout
 *     (last) layer, before the sum (true in the authors' figures 7 and 8); irrelevant for
 *     {@link Activation#LINEAR}
 */
public record Architecture(int inputs, int outputs, List<PathwaySpec> pathways,
    Activation activation, boolean readoutActivation) {

  /** Validates the fields. */
  public Architecture {
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs must be >= 1, got " + inputs);
    }
    if (outputs < 1) {
      throw new IllegalArgumentException("outputs must be >= 1, got " + outputs);
    }
    if (pathways == null || pathways.isEmpty()) {
      throw new IllegalArgumentException("pathways must contain at least one pathway");
    }
    for (int j = 0; j < pathways.size(); j++) {
      if (pathways.get(j) == null) {
        throw new IllegalArgumentException("pathways[" + j + "] is missing");
      }
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is missing (LINEAR, TANH or RELU)");
    }
    pathways = List.copyOf(pathways);
  }

  /**
   * Pathways of the given depths and uniform hidden widths.
   *
   * @param depths D<sub>j</sub> per pathway
   * @param widths hidden width per pathway (same length as depths)
   */
  public static Architecture of(int inputs, int outputs, List<Integer> depths, List<Integer> widths,
      Activation activation, boolean readoutActivation) {
    if (depths == null || depths.isEmpty()) {
      throw new IllegalArgumentException("depths must list at least one pathway depth");
    }
    if (widths == null || widths.size() != depths.size()) {
      throw new IllegalArgumentException("widths must have one entry per pathway ("
          + depths.size() + "), got " + (widths == null ? "none" : widths.size()));
    }
    List<PathwaySpec> p = new ArrayList<>();
    for (int j = 0; j < depths.size(); j++) {
      p.add(PathwaySpec.of(depths.get(j), widths.get(j)));
    }
    return new Architecture(inputs, outputs, p, activation, readoutActivation);
  }

  /** Number of pathways J. */
  public int pathwayCount() {
    return pathways.size();
  }

  /** Depth D<sub>j</sub> of pathway j. */
  public int depth(int j) {
    return pathways.get(j).depth();
  }

  /** Output size (rows) of layer l (0-based) of pathway j. */
  public int layerRows(int j, int l) {
    checkLayer(j, l);
    List<Integer> h = pathways.get(j).hiddenWidths();
    return l == h.size() ? outputs : h.get(l);
  }

  /** Input size (columns) of layer l (0-based) of pathway j. */
  public int layerCols(int j, int l) {
    checkLayer(j, l);
    return l == 0 ? inputs : pathways.get(j).hiddenWidths().get(l - 1);
  }

  /** Whether the activation is applied after layer l (0-based) of pathway j. */
  public boolean activated(int j, int l) {
    if (activation == Activation.LINEAR) {
      return false;
    }
    return l < depth(j) - 1 || readoutActivation;
  }

  /** Total number of weights. */
  public long parameterCount() {
    long n = 0;
    for (int j = 0; j < pathwayCount(); j++) {
      for (int l = 0; l < depth(j); l++) {
        n += (long) layerRows(j, l) * layerCols(j, l);
      }
    }
    return n;
  }

  private void checkLayer(int j, int l) {
    if (j < 0 || j >= pathways.size()) {
      throw new IllegalArgumentException(
          "pathway must be in 0.." + (pathways.size() - 1) + ", got " + j);
    }
    if (l < 0 || l >= pathways.get(j).depth()) {
      throw new IllegalArgumentException(
          "layer must be in 0.." + (pathways.get(j).depth() - 1) + ", got " + l);
    }
  }
}
