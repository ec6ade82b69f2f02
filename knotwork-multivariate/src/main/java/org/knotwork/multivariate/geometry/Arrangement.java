package org.knotwork.multivariate.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.deep.DeepNet;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * The exact partition of a box in the plane into the activation regions of a ReLU network with
 * two inputs (docs/multivariate-deep.md §3): cells (convex polygons), their activation patterns
 * and the affine piece of f on each.
 *
 * <p><b>Algorithm (M5&ndash;M7).</b> Start from the box as one cell, on which the input map is the
 * identity. For each hidden layer in turn: on every current cell the layer's pre-activations
 * z<sub>k</sub> = W<sub>k</sub>&middot;h(x) + b<sub>k</sub> are affine in x (h is affine on the
 * cell); for each unit k, split every cell by the line z<sub>k</sub> = 0 (convex polygon clipping)
 * and record the unit's state on each side; then set h on each cell to the rows of the active
 * units. After the last layer f = v&middot;h + c is affine on each cell. A shallow net is the case
 * L = 1 and its cells are the faces of its line arrangement.
 *
 * <p><b>Tolerance.</b> A vertex whose |z| is at most {@link #TOLERANCE} times the largest |z| over
 * the cell's vertices counts as lying on the line: a line through a vertex (to that relative
 * accuracy) does not create a sliver cell. Cells are therefore exact up to rounding in the
 * vertices (relative 1e-12 in the tests), and a cell thinner than about 1e-12 of the box may be
 * merged into its neighbour.
 *
 * <p><b>Cost.</b> Each unit's line is tested against every current cell: O(&Sigma;<sub>l</sub>
 * H<sub>l</sub>&middot;R<sub>l</sub>&middot;V) polygon operations for R<sub>l</sub> cells while
 * layer l is processed and V vertices per cell; a shallow net of width H has R &le; 1 + H +
 * H(H&minus;1)/2, so O(H<sup>3</sup>) (M8).
 *
 * @param box the domain
 * @param cells the cells, in the order the splitting produced them
 */
public record Arrangement(Box box, List<Cell> cells) {

  /** Relative tolerance for a vertex on a line (see the class comment). */
  public static final double TOLERANCE = 1e-12;

  /** Copies. */
  public Arrangement {
    cells = List.copyOf(cells);
  }

  /** The cells of a shallow net with d = 2 over the box. */
  public static Arrangement of(ShallowNet net, Box box) {
    return of(DeepNet.of(net), box);
  }

  /** The cells of a deep net with d = 2 over the box (M7). */
  public static Arrangement of(DeepNet net, Box box) {
    if (net.dim() != 2) {
      throw new InputException("an arrangement needs d = 2 inputs, got d = " + net.dim());
    }
    int units = net.units();
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece(box.polygon(), new boolean[units],
        new double[][] {{1, 0}, {0, 1}, {0, 0}}));
    int offset = 0;
    for (int l = 0; l < net.depth(); l++) {
      double[][] w = net.weights(l);
      double[] b = net.biases(l);
      // pre-activation coefficients (gx, gy, g0) of each unit of layer l on each piece
      List<double[][]> z = new ArrayList<>(pieces.size());
      for (Piece p : pieces) {
        z.add(compose(w, b, p.h));
      }
      for (int k = 0; k < w.length; k++) {
        List<Piece> next = new ArrayList<>(pieces.size() * 2);
        List<double[][]> nextZ = new ArrayList<>(pieces.size() * 2);
        for (int q = 0; q < pieces.size(); q++) {
          Piece p = pieces.get(q);
          double[] zk = z.get(q)[k];
          ConvexPolygon[] parts = p.polygon.split(zk[0], zk[1], zk[2], TOLERANCE);
          if (parts[0] != null) {
            boolean[] pat = p.pattern.clone();
            pat[offset + k] = true;
            next.add(new Piece(parts[0], pat, p.h));
            nextZ.add(z.get(q));
          }
          if (parts[1] != null) {
            next.add(parts[0] == null ? p : new Piece(parts[1], p.pattern, p.h));
            nextZ.add(z.get(q));
          }
          if (parts[0] == null && parts[1] == null) {
            next.add(p); // z = 0 on the whole cell: inactive (relu'(0) = 0)
            nextZ.add(z.get(q));
          }
        }
        pieces = next;
        z = nextZ;
      }
      // h on each piece: the active units' rows, zero rows for the inactive ones
      List<Piece> withH = new ArrayList<>(pieces.size());
      for (int q = 0; q < pieces.size(); q++) {
        Piece p = pieces.get(q);
        double[][] zq = z.get(q);
        double[][] h = new double[w.length][];
        for (int k = 0; k < w.length; k++) {
          h[k] = p.pattern[offset + k] ? zq[k] : new double[3];
        }
        withH.add(new Piece(p.polygon, p.pattern, transpose(h)));
      }
      pieces = withH;
      offset += w.length;
    }
    double[] v = net.v();
    List<Cell> cells = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      double[][] f = compose(new double[][] {v}, new double[] {net.c()}, p.h);
      cells.add(new Cell(p.polygon, p.pattern, f[0][0], f[0][1], f[0][2]));
    }
    return new Arrangement(box, cells);
  }

  /** Number of cells. */
  public int regions() {
    return cells.size();
  }

  /** The sum of the cells' areas. */
  public double totalArea() {
    double s = 0;
    for (Cell c : cells) {
      s += c.area();
    }
    return s;
  }

  @Override
  public List<Cell> cells() {
    return Collections.unmodifiableList(cells);
  }

  /**
   * The coefficients (gx, gy, g0) of W&middot;h(x) + b, one row per row of W, where h(x) has the
   * coefficient rows h[0] = &part;h/&part;x<sub>1</sub>, h[1] = &part;h/&part;x<sub>2</sub>, h[2]
   * = h(0).
   */
  private static double[][] compose(double[][] w, double[] b, double[][] h) {
    double[][] out = new double[w.length][3];
    for (int k = 0; k < w.length; k++) {
      double gx = 0;
      double gy = 0;
      double g0 = b[k];
      for (int i = 0; i < w[k].length; i++) {
        gx += w[k][i] * h[0][i];
        gy += w[k][i] * h[1][i];
        g0 += w[k][i] * h[2][i];
      }
      out[k][0] = gx;
      out[k][1] = gy;
      out[k][2] = g0;
    }
    return out;
  }

  /** Rows (gx, gy, g0) per unit to the three coefficient vectors over units. */
  private static double[][] transpose(double[][] rows) {
    double[][] out = new double[3][rows.length];
    for (int k = 0; k < rows.length; k++) {
      out[0][k] = rows[k][0];
      out[1][k] = rows[k][1];
      out[2][k] = rows[k][2];
    }
    return out;
  }

  /** A cell under construction: polygon, pattern so far, h's coefficient vectors. */
  private record Piece(ConvexPolygon polygon, boolean[] pattern, double[][] h) {}
}
