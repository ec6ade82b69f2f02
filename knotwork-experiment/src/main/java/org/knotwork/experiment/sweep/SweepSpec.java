package org.knotwork.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.study.Studies;
import org.knotwork.experiment.study.SplineStudy;

/**
 * A sweep: a base spec and the axes of its Cartesian product (first axis outermost).
 *
 * @param base the spec every run starts from
 * @param axes the axes, distinct paths, at least one
 */
public record SweepSpec(ExperimentSpec base, List<GridAxis> axes) {

  /** Validates and copies. */
  public SweepSpec {
    if (base == null) {
      throw new IllegalArgumentException("a sweep needs a base spec");
    }
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

  /** Number of runs: the product of the axis lengths. */
  public long size() {
    long n = 1;
    for (GridAxis a : axes) {
      n *= a.values().size();
    }
    return n;
  }

  /** The text of {@code sweep.json}: {"base": spec, "grid": [{"path": .., "values": [..]}, ..]}. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("base", SplineStudy.of(base).tree());
    ArrayNode grid = root.putArray("grid");
    for (GridAxis a : axes) {
      ObjectNode o = grid.addObject();
      o.put("path", a.path());
      ArrayNode v = o.putArray("values");
      a.values().forEach(v::add);
    }
    try {
      return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot write sweep.json", e);
    }
  }

  /** Reads {@code sweep.json}. */
  public static SweepSpec read(Path file) {
    JsonNode root = Json.readTree(file, "sweep file");
    String where = "sweep file " + file;
    if (!root.isObject() || !root.has("base") || !root.has("grid") || !root.get("grid").isArray()) {
      throw new InputException(where + " must hold {\"base\": {..}, \"grid\": [..]}");
    }
    if (!root.get("base").isObject()) {
      throw new InputException(where + ": base must be an object of spec fields");
    }
    ExperimentSpec base;
    try {
      base = Studies.read(new SplineStudy(), (ObjectNode) root.get("base")).spec();
    } catch (InputException e) {
      throw new InputException(where + " (base): " + e.getMessage(), e);
    }
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
    return new SweepSpec(base, axes);
  }
}
