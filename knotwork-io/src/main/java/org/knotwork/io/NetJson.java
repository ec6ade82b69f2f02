package org.knotwork.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The NET.json format {@code {"w":[..],"b":[..],"v":[..],"c":..}} (network coordinates, S1) and the
 * spline form {@code {"beta":[..],"mu":[..],"orientation":[..],"c":..}} (S2), where a knotless neuron
 * (orientation 0) has {@code null} for its beta.
 */
public final class NetJson {
  private NetJson() {}

  /** Reads NET.json; every problem becomes one {@link InputException} naming file and field. */
  public static NetworkParams read(Path file) {
    JsonNode root = Json.readTree(file, "network file");
    String where = "network file " + file;
    if (!root.isObject()) {
      throw new InputException(where + " must hold a JSON object {\"w\":[..],\"b\":[..],"
          + "\"v\":[..],\"c\":..}");
    }
    double[] w = Json.numbers(root, "w", where);
    double[] b = Json.numbers(root, "b", where);
    double[] v = Json.numbers(root, "v", where);
    double c = Json.number(root, "c", where);
    if (b.length != w.length || v.length != w.length) {
      throw new InputException(where + ": w, b and v must have the same length, got "
          + w.length + ", " + b.length + " and " + v.length);
    }
    return new NetworkParams(w, b, v, c);
  }

  /** NET.json text of {@code p}. */
  public static String toJson(NetworkParams p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("w", p.w());
    m.put("b", p.b());
    m.put("v", p.v());
    m.put("c", p.c());
    return Json.write(m);
  }

  /** Writes NET.json atomically. */
  public static void write(Path file, NetworkParams p) {
    AtomicFiles.writeString(file, toJson(p) + "\n");
  }

  /** The spline form as a JSON-ready map (beta null for knotless neurons). */
  public static Map<String, Object> splineMap(SplineParams s) {
    Double[] beta = new Double[s.width()];
    for (int i = 0; i < beta.length; i++) {
      beta[i] = s.orientation(i) == 0 ? null : s.beta(i);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("beta", beta);
    m.put("mu", s.mu());
    m.put("orientation", s.orientation());
    m.put("c", s.c());
    return m;
  }
}
