package org.knotwork.render.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.model.TrajectoryEvent;

/**
 * The trajectory file, format {@value #FORMAT}: one JSON object
 * <pre>
 * {"format": "knotwork-trajectory/1", "title": "...", "spec": {"key": "value", ...},
 *  "data": {"x": [..], "y": [..]},
 *  "initial": {"w": [..], "b": [..], "v": [..], "c": ..},
 *  "spectrumLabel": "..."                          (optional)
 *  "frames": [{"step": .., "time": .., "loss": .., "gradientNorm": ..,
 *              "w": [..], "b": [..], "v": [..], "c": .., "spectrum": [..] (optional)}, ...],
 *  "events": [{"time": .., "neuron": .., "dataIndex": .., "kind": "pin"}, ...]  (optional)}
 * </pre>
 * Networks are in network coordinates (S1). Writing is deterministic: the same trajectory gives the
 * same bytes.
 */
public final class TrajectoryJson implements org.knotwork.render.model.TrajectorySource {
  /** The format tag. */
  public static final String FORMAT = "knotwork-trajectory/1";

  private final Path file;

  private TrajectoryJson(Path file) {
    this.file = file;
  }

  /** A source reading {@code file}. */
  public static TrajectoryJson at(Path file) {
    return new TrajectoryJson(file);
  }

  @Override
  public Trajectory load() {
    return read(file);
  }

  /** Reads a trajectory file; problems become an {@link InputException} naming file and field. */
  public static Trajectory read(Path file) {
    JsonNode root = Json.readTree(file, "trajectory file");
    String where = "trajectory file " + file;
    if (!root.isObject()) {
      throw new InputException(where + " must hold a JSON object");
    }
    String format = text(root, "format", where);
    if (!FORMAT.equals(format)) {
      throw new InputException(where + ": format must be \"" + FORMAT + "\", got \"" + format
          + "\"");
    }
    String title = text(root, "title", where);
    Map<String, String> spec = new TreeMap<>();
    JsonNode specNode = root.get("spec");
    if (specNode != null) {
      if (!specNode.isObject()) {
        throw new InputException(where + ": field \"spec\" must be an object of strings");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = specNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        spec.put(e.getKey(), e.getValue().asText());
      }
    }
    JsonNode dataNode = object(root, "data", where);
    Dataset data;
    try {
      data = new Dataset(Json.numbers(dataNode, "x", where + ": data"),
          Json.numbers(dataNode, "y", where + ": data"));
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": data: " + e.getMessage(), e);
    }
    NetworkParams initial = network(object(root, "initial", where), where + ": initial");
    JsonNode framesNode = root.get("frames");
    if (framesNode == null || !framesNode.isArray() || framesNode.isEmpty()) {
      throw new InputException(where + ": field \"frames\" must be a non-empty array");
    }
    List<Frame> frames = new ArrayList<>();
    for (int k = 0; k < framesNode.size(); k++) {
      JsonNode f = framesNode.get(k);
      String fw = where + ": frames[" + k + "]";
      if (!f.isObject()) {
        throw new InputException(fw + " must be an object");
      }
      JsonNode stepNode = f.get("step");
      if (stepNode == null || !stepNode.canConvertToLong() || !stepNode.isIntegralNumber()) {
        throw new InputException(fw + ": field \"step\" must be a whole number");
      }
      double[] spectrum = f.has("spectrum") ? Json.numbers(f, "spectrum", fw) : null;
      try {
        frames.add(new Frame(stepNode.asLong(), Json.number(f, "time", fw), network(f, fw),
            Json.number(f, "loss", fw), Json.number(f, "gradientNorm", fw), spectrum));
      } catch (InputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InputException(fw + ": " + e.getMessage(), e);
      }
    }
    List<TrajectoryEvent> events = new ArrayList<>();
    JsonNode eventsNode = root.get("events");
    if (eventsNode != null) {
      if (!eventsNode.isArray()) {
        throw new InputException(where + ": field \"events\" must be an array");
      }
      for (int k = 0; k < eventsNode.size(); k++) {
        JsonNode e = eventsNode.get(k);
        String ew = where + ": events[" + k + "]";
        try {
          events.add(new TrajectoryEvent(Json.number(e, "time", ew),
              (int) Json.number(e, "neuron", ew), (int) Json.number(e, "dataIndex", ew),
              text(e, "kind", ew)));
        } catch (InputException ex) {
          throw ex;
        } catch (IllegalArgumentException ex) {
          throw new InputException(ew + ": " + ex.getMessage(), ex);
        }
      }
    }
    String label = root.has("spectrumLabel") ? text(root, "spectrumLabel", where) : null;
    try {
      return new Trajectory(title, data, initial, frames, events, label, spec);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  /** The JSON text of {@code t} (deterministic; ends without a newline). */
  public static String toJson(Trajectory t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("title", t.title());
    m.put("spec", t.spec());
    m.put("data", dataMap(t.data()));
    m.put("initial", networkMap(t.initial(), new LinkedHashMap<>()));
    if (t.spectrumLabel() != null) {
      m.put("spectrumLabel", t.spectrumLabel());
    }
    List<Map<String, Object>> frames = new ArrayList<>();
    for (Frame f : t.frames()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("step", f.step());
      fm.put("time", f.time());
      fm.put("loss", f.loss());
      fm.put("gradientNorm", f.gradientNorm());
      networkMap(f.net(), fm);
      if (f.hasSpectrum()) {
        fm.put("spectrum", f.spectrum());
      }
      frames.add(fm);
    }
    m.put("frames", frames);
    m.put("events", eventMaps(t.events()));
    return Json.write(m);
  }

  /** Writes {@code t} to {@code file} atomically. */
  public static void write(Path file, Trajectory t) {
    AtomicFiles.writeString(file, toJson(t) + "\n");
  }

  /** {"x": [..], "y": [..]}, as both the trajectory and the frames files write data. */
  static Map<String, Object> dataMap(Dataset d) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("x", d.x());
    data.put("y", d.y());
    return data;
  }

  /** The events as both the trajectory and the frames files write them. */
  static List<Map<String, Object>> eventMaps(List<TrajectoryEvent> events) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TrajectoryEvent e : events) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("time", e.time());
      em.put("neuron", e.neuron());
      em.put("dataIndex", e.dataIndex());
      em.put("kind", e.kind());
      out.add(em);
    }
    return out;
  }

  private static Map<String, Object> networkMap(NetworkParams p, Map<String, Object> m) {
    m.put("w", p.w());
    m.put("b", p.b());
    m.put("v", p.v());
    m.put("c", p.c());
    return m;
  }

  private static NetworkParams network(JsonNode n, String where) {
    double[] w = Json.numbers(n, "w", where);
    double[] b = Json.numbers(n, "b", where);
    double[] v = Json.numbers(n, "v", where);
    double c = Json.number(n, "c", where);
    if (b.length != w.length || v.length != w.length) {
      throw new InputException(where + ": w, b and v must have the same length, got "
          + w.length + ", " + b.length + " and " + v.length);
    }
    return new NetworkParams(w, b, v, c);
  }

  private static JsonNode object(JsonNode n, String name, String where) {
    JsonNode o = n.get(name);
    if (o == null || !o.isObject()) {
      throw new InputException(where + ": field \"" + name + "\" must be an object");
    }
    return o;
  }

  private static String text(JsonNode n, String name, String where) {
    JsonNode o = n.get(name);
    if (o == null || !o.isTextual()) {
      throw new InputException(where + ": field \"" + name + "\" must be a string");
    }
    return o.asText();
  }
}
