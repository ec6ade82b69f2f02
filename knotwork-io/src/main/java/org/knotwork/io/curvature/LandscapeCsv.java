package org.knotwork.io.curvature;

import java.util.List;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.landscape.Atlas;
import org.knotwork.landscape.AtlasEntry;
import org.knotwork.landscape.Slice1D;
import org.knotwork.landscape.Slice2D;
import org.knotwork.landscape.TrajectoryPlane;

/** CSV tables of slices and atlases (header line, one row per record, long format for grids). */
public final class LandscapeCsv {
  private LandscapeCsv() {}

  /** {@code t,loss}. */
  public static String slice(Slice1D s) {
    return NumericCsv.format(List.of("t", "loss"), s.t(), s.loss());
  }

  /** {@code s,t,loss}, s varying slowest. */
  public static String slice(Slice2D s) {
    StringBuilder sb = new StringBuilder("s,t,loss\n");
    appendGrid(sb, s, "");
    return sb.toString();
  }

  /**
   * {@code kind,s,t,loss,off_plane}: the plane's grid (kind {@code grid}, off_plane empty) then the
   * path (kind {@code path}) in trajectory order.
   */
  public static String trajectory(TrajectoryPlane p, Slice2D grid, double[] pathLoss) {
    StringBuilder sb = new StringBuilder("kind,s,t,loss,off_plane\n");
    appendGrid(sb, grid, "grid,");
    double[][] c = p.coordinates();
    double[] off = p.offPlane();
    for (int k = 0; k < c.length; k++) {
      sb.append("path,").append(c[k][0]).append(',').append(c[k][1]).append(',')
          .append(pathLoss[k]).append(',').append(off[k]).append('\n');
    }
    return sb.toString();
  }

  /** {@code type,loss,count,knots_in_hull,positive,zero,negative,seeds} with seeds joined by ';'. */
  public static String atlas(Atlas a) {
    StringBuilder sb = new StringBuilder(
        "type,loss,count,knots_in_hull,positive,zero,negative,seeds\n");
    for (AtlasEntry e : a.entries()) {
      sb.append(e.type().name()).append(',').append(e.loss()).append(',').append(e.count())
          .append(',').append(e.knotsInHull()).append(',').append(e.inertia().positive())
          .append(',').append(e.inertia().zero()).append(',').append(e.inertia().negative())
          .append(',');
      long[] seeds = e.seeds();
      for (int k = 0; k < seeds.length; k++) {
        sb.append(k == 0 ? "" : ";").append(seeds[k]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void appendGrid(StringBuilder sb, Slice2D s, String prefix) {
    double[] a = s.s();
    double[] b = s.t();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        sb.append(prefix).append(a[i]).append(',').append(b[j]).append(',').append(s.loss(i, j));
        if (!prefix.isEmpty()) {
          sb.append(',');
        }
        sb.append('\n');
      }
    }
  }
}
