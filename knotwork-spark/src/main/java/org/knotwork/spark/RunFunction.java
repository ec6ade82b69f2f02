package org.knotwork.spark;

import java.io.Serializable;

/** What a Spark task does with one grid point: run it (unless finished) and return its final.json. */
@FunctionalInterface
public interface RunFunction extends Serializable {

  /**
   * Makes sure the run of {@code task} is finished in {@code sweepDir}/runs/NAME and returns the text
   * of its {@code final.json}.
   */
  String run(String sweepDir, RunTask task) throws Exception;
}
