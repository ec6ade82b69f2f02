package org.knotwork.common.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.common.io.InputException;

/**
 * The manifest of a finished run directory, the same for every study kind. It is the one file that is
 * not reproducible (it holds the start time and wall time); everything else in the directory is
 * listed in {@link #sha256()}.
 *
 * @param kind the study kind
 * @param version Knotwork's version
 * @param commit the git commit of the build ("-dirty" when the tree had changes)
 * @param jvm the running JVM
 * @param os the operating system
 * @param started when the run started (ISO-8601)
 * @param wallSeconds how long it took
 * @param seed the spec's master seed
 * @param threads the threads it ran on (results do not depend on it)
 * @param normal whether a budget or threshold ended it (false: stopped early)
 * @param message why it ended
 * @param metrics the final metrics (NaN and infinities as null)
 * @param sha256 SHA-256 of every other file, by path relative to the directory, sorted
 * @param eigenBackend the dense eigen backend the process used (docs/linalg.md &sect;2: {@code java}
 *     or {@code lapack}), {@value #NO_EIGEN_BACKEND} if the run made no dense eigen-solve; empty
 *     when read from a manifest written before it was recorded
 */
public record Manifest(String kind, String version, String commit, String jvm, String os,
    String started, double wallSeconds, long seed, int threads, boolean normal, String message,
    Map<String, Object> metrics, Map<String, String> sha256, String eigenBackend) {

  /** The manifest format number. */
  public static final int FORMAT = 2;

  /** The {@link #eigenBackend} of a run that solved no dense eigenproblem. */
  public static final String NO_EIGEN_BACKEND = "none";

  /** Copies the maps, keeping their order. */
  public Manifest {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    sha256 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    eigenBackend = eigenBackend == null ? "" : eigenBackend;
  }

  /** A manifest that does not say which eigen backend ran (empty {@link #eigenBackend}). */
  public Manifest(String kind, String version, String commit, String jvm, String os,
      String started, double wallSeconds, long seed, int threads, boolean normal, String message,
      Map<String, Object> metrics, Map<String, String> sha256) {
    this(kind, version, commit, jvm, os, started, wallSeconds, seed, threads, normal, message,
        metrics, sha256, "");
  }

  /** The manifest as a JSON tree. */
  public ObjectNode toTree() {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("manifestFormat", FORMAT);
    m.put("kind", kind);
    ObjectNode kw = m.putObject("knotwork");
    kw.put("version", version);
    kw.put("commit", commit);
    kw.put("eigenBackend", eigenBackend);
    m.put("jvm", jvm);
    m.put("os", os);
    m.put("started", started);
    m.put("wallSeconds", wallSeconds);
    m.put("seed", seed);
    m.put("threads", threads);
    m.put("normal", normal);
    m.put("message", message);
    m.set("metrics", metricsTree(metrics));
    ObjectNode files = m.putObject("sha256");
    sha256.forEach(files::put);
    return m;
  }

  /** Metrics as a JSON object: numbers, booleans and strings; NaN and infinities as null. */
  public static ObjectNode metricsTree(Map<String, Object> metrics) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    metrics.forEach((k, val) -> {
      if (val instanceof Double d) {
        if (Double.isFinite(d)) {
          o.put(k, d);
        } else {
          o.putNull(k);
        }
      } else if (val instanceof Long l) {
        o.put(k, l);
      } else if (val instanceof Integer i) {
        o.put(k, i);
      } else if (val instanceof Boolean b) {
        o.put(k, b);
      } else {
        o.put(k, String.valueOf(val));
      }
    });
    return o;
  }

  /**
   * Metrics from their JSON object ({@link #metricsTree}'s inverse): whole numbers as Long, other
   * numbers as Double, null as NaN, booleans and text as they are.
   */
  public static Map<String, Object> metrics(JsonNode tree) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    tree.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      metrics.put(e.getKey(), v.isNull() ? Double.NaN : v.isIntegralNumber() ? (Object) v.longValue()
          : v.isNumber() ? (Object) v.doubleValue() : v.isBoolean() ? (Object) v.booleanValue()
          : v.asText());
    });
    return metrics;
  }

  /**
   * Reads a manifest tree.
   *
   * @param where the file, for messages
   */
  public static Manifest fromTree(JsonNode m, String where) {
    if (!m.isObject() || !m.path("sha256").isObject() || !m.path("kind").isTextual()) {
      throw new InputException(where + " is not a Knotwork run manifest (it needs \"kind\" and "
          + "\"sha256\"); it may come from an older Knotwork: run the spec again");
    }
    Map<String, Object> metrics = metrics(m.path("metrics"));
    Map<String, String> files = new LinkedHashMap<>();
    m.get("sha256").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
    JsonNode kw = m.path("knotwork");
    return new Manifest(m.get("kind").asText(), kw.path("version").asText(),
        kw.path("commit").asText(), m.path("jvm").asText(), m.path("os").asText(),
        m.path("started").asText(), m.path("wallSeconds").asDouble(), m.path("seed").asLong(),
        m.path("threads").asInt(1), m.path("normal").asBoolean(true), m.path("message").asText(),
        metrics, files, kw.path("eigenBackend").asText(""));
  }
}
