package org.knotwork.common.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.knotwork.common.io.InputException;

/**
 * A strict cursor over one object of a spec tree, which knows its dotted path from the root. A study
 * kind reads its spec record with it: each accessor takes the field's default (the value of the kind's
 * default record) for an omitted field, checks the type, and reports any problem as one {@link
 * InputException} naming the field by its path, e.g. {@code spec field training.method.learningRate:
 * must be a finite number, got "fast"}. {@link #finish()} rejects fields nobody read, so a misspelt
 * field is an error instead of a silent default. Records validate themselves on construction; {@link
 * #build} turns their {@link IllegalArgumentException} into the same one-line message.
 */
public final class SpecNode {
  private final ObjectNode node;
  private final String path;
  private final Set<String> read = new LinkedHashSet<>();

  private SpecNode(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The cursor at the root of a tree, which must be an object. */
  public static SpecNode root(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw new InputException("spec must be an object of fields, got "
          + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return new SpecNode((ObjectNode) tree, "");
  }

  /** The dotted path of this object ("" at the root). */
  public String path() {
    return path;
  }

  /** The dotted path of field {@code name} of this object. */
  public String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The one-line error for field {@code name}. */
  public InputException error(String name, String message) {
    return new InputException("spec field " + path(name) + ": " + message);
  }

  /** Whether the field is present (and not null). */
  public boolean has(String name) {
    JsonNode n = node.get(name);
    return n != null && !n.isNull();
  }

  private JsonNode get(String name) {
    read.add(name);
    JsonNode n = node.get(name);
    return n == null || n.isNull() ? null : n;
  }

  /** A finite number, or {@code dflt} when omitted. */
  public double number(String name, double dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      throw error(name, "must be a finite number, got " + n);
    }
    return n.doubleValue();
  }

  /**
   * A finite number, or {@code dflt} when omitted; an explicit {@code null} gives {@code none} (for
   * budgets that "none" switches off).
   */
  public double numberOrNone(String name, double dflt, double none) {
    read.add(name);
    JsonNode n = node.get(name);
    if (n == null) {
      return dflt;
    }
    if (n.isNull()) {
      return none;
    }
    return number(name, dflt);
  }

  /** A whole number within int range, or {@code dflt} when omitted. */
  public int integer(String name, int dflt) {
    long v = longInteger(name, dflt);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw error(name, "must be a whole number within [" + Integer.MIN_VALUE + ", "
          + Integer.MAX_VALUE + "], got " + v);
    }
    return (int) v;
  }

  /** A whole number, or {@code dflt} when omitted. */
  public long longInteger(String name, long dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isNumber() && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) < 0x1p53) {
      return (long) n.doubleValue();
    }
    throw error(name, "must be a whole number, got " + n);
  }

  /** A boolean, or {@code dflt} when omitted. */
  public boolean bool(String name, boolean dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isBoolean()) {
      throw error(name, "must be true or false, got " + n);
    }
    return n.booleanValue();
  }

  /** A string, or {@code dflt} when omitted. */
  public String text(String name, String dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isTextual()) {
      throw error(name, "must be a string, got " + n);
    }
    return n.textValue();
  }

  /** One of {@code allowed}, or {@code dflt} when omitted. */
  public String choice(String name, String dflt, List<String> allowed) {
    String v = text(name, dflt);
    if (!allowed.contains(v)) {
      throw error(name, "must be one of " + String.join(", ", allowed) + ", got \"" + v + "\"");
    }
    return v;
  }

  /** An array of finite numbers, or {@code dflt} when omitted. */
  public double[] numbers(String name, double[] dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isArray()) {
      throw error(name, "must be an array of numbers, got " + n);
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode x = n.get(i);
      if (!x.isNumber() || !Double.isFinite(x.doubleValue())) {
        throw error(name + "[" + i + "]", "must be a finite number, got " + x);
      }
      out[i] = x.doubleValue();
    }
    return out;
  }

  /** An array of whole numbers, or {@code dflt} when omitted. */
  public int[] integers(String name, int[] dflt) {
    JsonNode n = get(name);
    if (n == null) {
      return dflt;
    }
    if (!n.isArray()) {
      throw error(name, "must be an array of whole numbers, got " + n);
    }
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode x = n.get(i);
      if (!x.isIntegralNumber() || !x.canConvertToInt()) {
        throw error(name + "[" + i + "]", "must be a whole number, got " + x);
      }
      out[i] = x.intValue();
    }
    return out;
  }

  /**
   * The object in field {@code name}; an omitted field reads as an empty object (so every nested
   * field takes its default).
   */
  public SpecNode object(String name) {
    JsonNode n = get(name);
    if (n == null) {
      return new SpecNode(JsonNodeFactory.instance.objectNode(), path(name));
    }
    if (!n.isObject()) {
      throw error(name, "must be an object of fields, got " + n);
    }
    return new SpecNode((ObjectNode) n, path(name));
  }

  /** The objects of the array in field {@code name} (empty when omitted). */
  public List<SpecNode> objects(String name) {
    JsonNode n = get(name);
    List<SpecNode> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (!n.isArray()) {
      throw error(name, "must be an array of objects, got " + n);
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode x = n.get(i);
      if (!x.isObject()) {
        throw error(name + "[" + i + "]", "must be an object of fields, got " + x);
      }
      out.add(new SpecNode((ObjectNode) x, path(name) + "[" + i + "]"));
    }
    return out;
  }

  /** The raw value of field {@code name} (null when omitted), marked as read. */
  public JsonNode raw(String name) {
    return get(name);
  }

  /**
   * Rejects any field of this object that no accessor read: a misspelt or unknown field is an error
   * naming it and the fields this object has.
   */
  public void finish() {
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!read.contains(f)) {
        throw error(f, "unknown field" + (read.isEmpty() ? ""
            : "; known fields here: " + String.join(", ", read)));
      }
    }
  }

  /**
   * Builds a value (typically a record, whose constructor validates) and reports its
   * {@link IllegalArgumentException} as an error of field {@code name} of this object. When {@code
   * name} is null, a message that starts with the name of a field of this object (the convention of
   * Knotwork's records: "steps must be &ge; 1, got 0") is reported as that field's error, any other
   * as the object's.
   */
  public <T> T build(String name, Supplier<T> make) {
    try {
      return make.get();
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String msg = String.valueOf(e.getMessage());
      String field = name;
      if (field == null) {
        // convention: a record's message starts with the name of the field it rejects
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\b")
            .matcher(msg);
        if (m.find() && read.contains(m.group(1))) {
          field = m.group(1);
        }
      }
      String where = field == null ? (path.isEmpty() ? "spec" : "spec field " + path)
          : "spec field " + path(field);
      throw new InputException(where + ": " + msg, e);
    }
  }
}
