package org.knotwork.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.study.Study;

/**
 * A sweep over a study of any kind: a base study, the directory its relative input paths resolve
 * against, and the axes of the Cartesian product (first axis outermost). Its text ({@code
 * sweep.json}) is what a sweep directory records and what Spark workers read.
 *
 * @param base the study every run starts from
 * @param inputs the absolute directory where relative input paths of the spec resolve
 * @param axes the axes, distinct paths, at least one
 */
public record SweepSpec(Study<?> base, Path inputs, List<GridAxis> axes) {

  /** Validates and copies. */
  public SweepSpec {
    if (base == null || inputs == null) {
      throw new IllegalArgumentException("a sweep needs a base spec and an input directory");
    }
    inputs = inputs.toAbsolutePath().normalize();
    if (axes == null || axes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one --grid FIELD=V1,V2,...");
    }
    axes = List.copyOf(axes);
    Set<String> seen = new HashSet<>();
    for (GridAxis a : axes) {
      if (!seen.add(a.path())) {
        throw new IllegalArgumentException("grid field " + a.path() + " is given twice");
      }
    }
  }

  /** The number of grid points. */
  public long size() {
    long n = 1;
    for (GridAxis a : axes) {
      n *= a.values().size();
    }
    return n;
  }

  /** The sweep as JSON: {@code {"base": SPEC, "inputs": DIR, "grid": [{"path", "values"}..]}}. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("base", base.tree());
    root.put("inputs", inputs.toString());
    ArrayNode grid = root.putArray("grid");
    for (GridAxis a : axes) {
      ObjectNode o = grid.addObject();
      o.put("path", a.path());
      ArrayNode v = o.putArray("values");
      a.values().forEach(v::add);
    }
    return Json.pretty(root);
  }

  /** Reads a sweep file written by {@link #toJson()}. */
  public static SweepSpec read(Path file) {
    JsonNode root = Json.readTree(file, "sweep file");
    String where = "sweep file " + file;
    if (!root.isObject() || !root.path("base").isObject() || !root.path("grid").isArray()
        || !root.path("inputs").isTextual()) {
      throw new InputException(where + " must hold {\"base\": {..}, \"inputs\": DIR, "
          + "\"grid\": [..]}");
    }
    Study<?> base = org.knotwork.common.study.Studies.read((ObjectNode) root.get("base"), null);
    List<GridAxis> axes = new ArrayList<>();
    for (JsonNode a : root.get("grid")) {
      List<String> values = new ArrayList<>();
      a.path("values").forEach(v -> values.add(v.asText()));
      try {
        axes.add(new GridAxis(a.path("path").asText(), values));
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": " + e.getMessage());
      }
    }
    try {
      return new SweepSpec(base, Path.of(root.get("inputs").asText()), axes);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage());
    }
  }
}
