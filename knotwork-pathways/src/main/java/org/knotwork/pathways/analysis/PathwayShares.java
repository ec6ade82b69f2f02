package org.knotwork.pathways.analysis;

import java.util.List;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.ModeBlock;

/**
 * Basis-invariant pathway shares (notes &sect;3.4): for each block B of equal singular values
 * s<sub>B</sub>, M<sub>j</sub> = U<sub>B</sub><sup>T</sup> &Omega;<sub>j</sub> V<sub>B</sub> /
 * s<sub>B</sub>, and the shares of pathway j in B are the eigenvalues of the symmetric part
 * (M<sub>j</sub> + M<sub>j</sub><sup>T</sup>)/2, in descending order. A rotation U<sub>B</sub>Q,
 * V<sub>B</sub>Q of the block basis maps M<sub>j</sub> to Q<sup>T</sup>M<sub>j</sub>Q and leaves the
 * eigenvalues unchanged (check 13). For a block of size 1 the share is
 * K<sub>&alpha;&alpha;</sub>/s<sub>&alpha;</sub>. At a global minimum &sum;<sub>j</sub> M<sub>j</sub> = I.
 *
 * @param blocks the blocks of the decomposition used
 * @param shares shares[j] has one entry per rank direction, block after block (descending within a
 *     block); arrays are exposed as stored, treat as read-only
 */
public record PathwayShares(List<ModeBlock> blocks, double[][] shares) {
  /** Validates shapes. */
  public PathwayShares {
    if (blocks == null || shares == null || shares.length == 0) {
      throw new IllegalArgumentException("blocks and shares (one row per pathway) are required");
    }
    int r = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).end();
    for (int j = 0; j < shares.length; j++) {
      if (shares[j] == null || shares[j].length != r) {
        throw new IllegalArgumentException("shares[" + j + "] must have " + r + " entries");
      }
    }
    blocks = List.copyOf(blocks);
  }

  /**
   * Shares of every pathway.
   *
   * @param omegas pathway maps &Omega;<sub>j</sub>, n<sub>out</sub> &times; n<sub>in</sub> row-major
   */
  public static PathwayShares of(CorrelationSvd svd, double[][] omegas) {
    if (omegas == null || omegas.length == 0) {
      throw new IllegalArgumentException("omegas must hold at least one pathway map");
    }
    int m = svd.outputs();
    int n = svd.inputs();
    double[][] out = new double[omegas.length][svd.rank()];
    for (int j = 0; j < omegas.length; j++) {
      double[] om = omegas[j];
      if (om == null || om.length != m * n) {
        throw new IllegalArgumentException("omegas[" + j + "] must have " + m + " x " + n
            + " entries");
      }
      for (ModeBlock b : svd.blocks()) {
        int size = b.size();
        double[][] mm = new double[size][size];
        for (int a = 0; a < size; a++) {
          for (int c = 0; c < size; c++) {
            double acc = 0;
            for (int o = 0; o < m; o++) {
              double uo = svd.u(o, b.start() + a);
              if (uo == 0) {
                continue;
              }
              double row = 0;
              for (int i = 0; i < n; i++) {
                row += om[o * n + i] * svd.v(i, b.start() + c);
              }
              acc += uo * row;
            }
            mm[a][c] = acc / b.value();
          }
        }
        if (size == 1) {
          out[j][b.start()] = mm[0][0];
          continue;
        }
        double[][] sym = new double[size][size];
        for (int a = 0; a < size; a++) {
          for (int c = 0; c < size; c++) {
            sym[a][c] = 0.5 * (mm[a][c] + mm[c][a]);
          }
        }
        double[] ev = SymmetricEigen.values(sym).eigenvalues();
        for (int a = 0; a < size; a++) {
          out[j][b.start() + a] = ev[size - 1 - a];
        }
      }
    }
    return new PathwayShares(svd.blocks(), out);
  }

  /** Number of pathways. */
  public int pathways() {
    return shares.length;
  }

  /**
   * The specialisation index of notes &sect;3.4 for two pathways: SI = mean over the rank directions
   * of |2 r &minus; 1|, r the shares of the first pathway (0 = every direction shared equally, 1 = every
   * direction wholly in one pathway). Meaningful once the network has converged
   * (&sum;<sub>j</sub> M<sub>j</sub> = I).
   *
   * @throws IllegalStateException if there are not exactly two pathways
   */
  public double specializationIndex() {
    if (shares.length != 2) {
      throw new IllegalStateException(
          "the specialisation index is defined for 2 pathways, this network has " + shares.length);
    }
    double[] r = shares[0];
    if (r.length == 0) {
      return 0;
    }
    double acc = 0;
    for (double x : r) {
      acc += Math.abs(2 * x - 1);
    }
    return acc / r.length;
  }
}
