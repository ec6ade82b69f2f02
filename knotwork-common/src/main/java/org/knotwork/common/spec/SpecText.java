package org.knotwork.common.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;

/**
 * Spec files as text, the same for every study kind: JSON or YAML (the same tree), overrides of single
 * fields by dotted path ({@code --set training.method.learningRate=0.05}), and the canonical text that
 * run directories record: {@code kind} and {@code format} first, then the kind's fields in its fixed
 * order, every field explicit, doubles in Java's shortest round-trip form.
 */
public final class SpecText {
  /** The field naming the study kind. */
  public static final String KIND = "kind";
  /** The field holding the kind's format number. */
  public static final String FORMAT = "format";

  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Which text syntax. */
  public enum Syntax {
    /** JSON. */
    JSON,
    /** YAML (a superset of JSON). */
    YAML;

    /** The syntax of a file name: {@code .yaml}/{@code .yml} is YAML, anything else JSON. */
    public static Syntax of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
    }
  }

  private SpecText() {}

  /**
   * Parses spec text into an object tree.
   *
   * @param where the text's source, for messages
   * @throws InputException naming the line and column of a syntax error, or a non-object top level
   */
  public static ObjectNode parse(String text, Syntax syntax, String where) {
    JsonNode root;
    try {
      root = (syntax == Syntax.YAML ? YAML : Json.MAPPER).readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputException(where + " is not valid " + syntax + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("")
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")"));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InputException(where + " is empty: expected an object of spec fields");
    }
    if (!root.isObject()) {
      throw new InputException(where + " must hold an object of spec fields, got "
          + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return (ObjectNode) root;
  }

  /** Reads a spec file (YAML if it ends in .yaml or .yml, else JSON). */
  public static ObjectNode read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException("spec file " + file + " does not exist");
    } catch (MalformedInputException e) {
      throw new InputException("spec file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new InputException("cannot read spec file " + file + ": " + e.getMessage());
    }
    return parse(text, Syntax.of(file), "spec file " + file);
  }

  /**
   * Sets the field at a dotted path ({@code a.b.c}, with {@code [k]} for element k of an array, as in
   * {@code models[0].degree}) to a value written as YAML: a number, true/false, null, a string, a
   * list such as {@code [1, 2]} or an object such as <code>{kind: log, count: 50}</code>. Missing intermediate objects are created; array elements must exist.
   *
   * @throws InputException if the path is malformed or passes through something else
   */
  public static void set(ObjectNode tree, String dottedPath, String value) {
    String name = "[A-Za-z][A-Za-z0-9_-]*(\\[[0-9]{1,6}\\])*";
    if (dottedPath == null || !dottedPath.matches(name + "(\\." + name + ")*")) {
      throw new InputException("--set: field path must be names joined by dots, e.g. "
          + "training.method.learningRate or models[0].degree, got '" + dottedPath + "'");
    }
    // steps: a field name, or an array index
    List<Object> steps = new ArrayList<>();
    for (String part : dottedPath.split("\\.")) {
      int b = part.indexOf('[');
      steps.add(b < 0 ? part : part.substring(0, b));
      if (b >= 0) {
        for (String idx : part.substring(b + 1, part.length() - 1).split("\\]\\[")) {
          steps.add(Integer.parseInt(idx));
        }
      }
    }
    JsonNode at = tree;
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step instanceof String f) {
        where.append(where.length() == 0 ? "" : ".").append(f);
        if (!at.isObject()) {
          throw new InputException("--set " + dottedPath + ": spec field "
              + where.substring(0, Math.max(0, where.length() - f.length() - 1))
              + " is not an object");
        }
        ObjectNode o = (ObjectNode) at;
        if (last) {
          o.set(f, scalar(value));
          return;
        }
        JsonNode next = o.get(f);
        if (next == null || next.isNull()) {
          next = steps.get(i + 1) instanceof String ? o.putObject(f) : null;
          if (next == null) {
            throw new InputException("--set " + dottedPath + ": spec field " + where
                + " is not an array");
          }
        }
        at = next;
      } else {
        int k = (Integer) step;
        if (!at.isArray() || k >= at.size()) {
          throw new InputException("--set " + dottedPath + ": spec field " + where
              + (at.isArray() ? " has " + at.size() + " elements, no [" + k + "]"
                  : " is not an array"));
        }
        where.append('[').append(k).append(']');
        if (last) {
          ((ArrayNode) at).set(k, scalar(value));
          return;
        }
        at = at.get(k);
      }
    }
  }

  /** A value written as YAML (number, boolean, null, list, object, or else a string). */
  public static JsonNode scalar(String value) {
    try {
      JsonNode n = YAML.readTree(value);
      if (n == null || n.isMissingNode()) {
        return JsonNodeFactory.instance.textNode(value);
      }
      if (n.isValueNode() || n.isContainerNode()) {
        return n;
      }
    } catch (JsonProcessingException e) {
      // not YAML: take it as a string
    }
    return JsonNodeFactory.instance.textNode(value);
  }

  /** The kind named by a tree's {@code kind} field, or {@code dflt} when it has none. */
  public static String kind(ObjectNode tree, String dflt) {
    JsonNode k = tree.get(KIND);
    if (k == null || k.isNull()) {
      return dflt;
    }
    if (!k.isTextual()) {
      throw new InputException("spec field kind: must be a string naming a study kind, got " + k);
    }
    return k.textValue();
  }

  /** The tree with {@code kind} and {@code format} first, then {@code body}'s fields in order. */
  public static ObjectNode canonicalTree(String kind, int format, ObjectNode body) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put(KIND, kind);
    root.put(FORMAT, format);
    body.fields().forEachRemaining(e -> {
      if (!e.getKey().equals(KIND) && !e.getKey().equals(FORMAT)) {
        root.set(e.getKey(), e.getValue());
      }
    });
    return root;
  }

  /** Indented JSON with a final newline. */
  public static String toJson(JsonNode tree) {
    return Json.pretty(tree);
  }

  /** YAML. */
  public static String toYaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a spec as YAML", e);
    }
  }

  /** Text in the given syntax. */
  public static String toText(JsonNode tree, Syntax syntax) {
    return syntax == Syntax.YAML ? toYaml(tree) : toJson(tree);
  }

  /** A JSON array of numbers. */
  public static ArrayNode array(double... values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (double v : values) {
      a.add(v);
    }
    return a;
  }
}
