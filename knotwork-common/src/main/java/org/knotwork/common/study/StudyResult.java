package org.knotwork.common.study;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a study ended.
 *
 * @param normal true when a budget or threshold ended it; false when it stopped early (divergence,
 *     event limit, integrator failure), which the CLI reports with exit status 3
 * @param message one line saying why it ended
 * @param metrics final metrics, by name: {@link Double}, {@link Long}, {@link Boolean} or {@link
 *     String} values, in a fixed order (recorded in the manifest and the sweep's results table)
 */
public record StudyResult(boolean normal, String message, Map<String, Object> metrics) {

  /** Validates the values and copies, keeping the order. */
  public StudyResult {
    if (message == null) {
      throw new IllegalArgumentException("message is required");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    metrics.forEach((k, v) -> {
      Object val = v instanceof Integer i ? Long.valueOf(i) : v instanceof Float f ? Double.valueOf(f) : v;
      if (!(val instanceof Double || val instanceof Long || val instanceof Boolean
          || val instanceof String)) {
        throw new IllegalArgumentException("metric " + k + " must be a number, boolean or string, "
            + "got " + (v == null ? "null" : v.getClass().getSimpleName()));
      }
      copy.put(k, val);
    });
    metrics = java.util.Collections.unmodifiableMap(copy);
  }
}
