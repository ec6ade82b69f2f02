package org.knotwork.spark;

import java.io.Serializable;

/**
 * One grid point as shipped to a Spark executor.
 *
 * @param index position in the Cartesian product
 * @param name the run directory's name, e.g. {@code r0007}
 * @param specJson the point's spec in canonical JSON (with its {@code kind})
 * @param inputs the directory where relative input paths of the spec resolve
 */
public record RunTask(int index, String name, String specJson, String inputs)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
