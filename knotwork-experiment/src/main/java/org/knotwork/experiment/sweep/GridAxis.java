package org.knotwork.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a sweep: a spec field by dotted path (as set by
 * {@link org.knotwork.experiment.study.SplineStudy#set}) and the values it takes, in order.
 *
 * @param path the dotted path, e.g. {@code init.scaleW}
 * @param values the values as text, at least one, no duplicates
 */
public record GridAxis(String path, List<String> values) {
  /** One step of a path: a field name, optionally indexed ({@code models[0]}). */
  private static final String NAME = "[A-Za-z][A-Za-z0-9_-]*(\\[[0-9]{1,6}\\])*";


  /** Validates and copies. */
  public GridAxis {
    if (path == null || !path.matches(NAME + "(\\." + NAME + ")*")) {
      throw new IllegalArgumentException("grid field must be a dotted path like init.scaleW, got '"
          + path + "'");
    }
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("grid field " + path + " needs at least one value");
    }
    values = List.copyOf(values);
    if (values.stream().distinct().count() != values.size()) {
      throw new IllegalArgumentException("grid field " + path + " repeats a value: " + values);
    }
    for (String v : values) {
      if (v.isBlank()) {
        throw new IllegalArgumentException("grid field " + path + " has an empty value");
      }
    }
  }

  /**
   * Parses {@code path=v1,v2,...}; a value {@code a..b} with whole numbers a &le; b stands for a, a+1,
   * ..., b.
   */
  public static GridAxis parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException("a grid must be FIELD=V1,V2,... (e.g. init.scaleW=0.25,1,4"
          + " or seed=0..9), got '" + text + "'");
    }
    String path = text.substring(0, eq).strip();
    List<String> values = new ArrayList<>();
    for (String part : text.substring(eq + 1).split(",", -1)) {
      String p = part.strip();
      int dots = p.indexOf("..");
      if (dots > 0) {
        long a;
        long b;
        try {
          a = Long.parseLong(p.substring(0, dots).strip());
          b = Long.parseLong(p.substring(dots + 2).strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("grid field " + path + ": a range must be "
              + "A..B with whole numbers, got '" + p + "'");
        }
        if (b < a || b - a >= 100_000) {
          throw new IllegalArgumentException("grid field " + path + ": range " + p
              + " must have A <= B and at most 100000 values");
        }
        for (long x = a; x <= b; x++) {
          values.add(Long.toString(x));
        }
      } else {
        values.add(p);
      }
    }
    return new GridAxis(path, values);
  }

  /** The results-table column of this axis: the path with dots as underscores. */
  public String column() {
    return path.replace('.', '_').replace("[", "_").replace("]", "");
  }
}
