package org.knotwork.pathways.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Hierarchical item-feature data sets (notes &sect;2.5, &sect;3.1): items are the leaves of a
 * complete binary tree, one binary feature per tree node, equal to 1 for the items below that node.
 *
 * <p>With L levels below the root there are 2<sup>L</sup> items and 2<sup>L+1</sup> &minus; 1
 * features, ordered breadth-first (root, the two halves, the four quarters, ..., the item-specific
 * features). Y<sup>T</sup>Y then has eigenvalue 2<sup>L&minus;k+1</sup> &minus; 1 at level k
 * (multiplicity 1 for k = 0 and 2<sup>k&minus;1</sup> for k &ge; 1).
 */
public final class Hierarchy {
  private Hierarchy() {}

  /**
   * The data set of Shi et al. (2022): 8 one-hot items and 15 features (the tree with L = 3).
   * Singular values of Y<sup>T</sup>X: &radic;15, &radic;7, &radic;3 (twice), 1 (four times).
   */
  public static IoData shiEtAl() {
    return binaryTree(3);
  }

  /**
   * The complete binary tree with {@code levels} levels below the root, one-hot inputs.
   *
   * @param levels L, 1..12
   */
  public static IoData binaryTree(int levels) {
    if (levels < 1 || levels > 12) {
      throw new IllegalArgumentException("levels must be in 1..12, got " + levels);
    }
    int items = 1 << levels;
    int features = (1 << (levels + 1)) - 1;
    double[][] y = new double[items][features];
    List<String> names = new ArrayList<>(features);
    int f = 0;
    for (int k = 0; k <= levels; k++) {
      int nodes = 1 << k;
      int span = items / nodes;
      for (int m = 0; m < nodes; m++) {
        for (int i = m * span; i < (m + 1) * span; i++) {
          y[i][f] = 1;
        }
        names.add(k == 0 ? "root" : "level" + k + "." + (m + 1));
        f++;
      }
    }
    return IoData.oneHot(y, null, names);
  }
}
