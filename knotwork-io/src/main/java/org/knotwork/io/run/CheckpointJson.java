package org.knotwork.io.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.train.Checkpoint;
import org.knotwork.train.FlowEvent;
import org.knotwork.train.FlowMode;

/**
 * The checkpoint file: the run's fingerprint, the byte length of every part file at the checkpoint,
 * the number of snapshots written, and the {@link Checkpoint} itself. Doubles round-trip exactly.
 */
public final class CheckpointJson {
  private CheckpointJson() {}

  /** Format tag written into every checkpoint file. */
  static final String FORMAT = "knotwork-checkpoint/1";

  /** A checkpoint file's content. */
  record Saved(String fingerprint, Map<String, Long> fileLengths, long snapshots,
      Checkpoint checkpoint) {}

  static void write(Path file, Saved s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("fingerprint", s.fingerprint());
    m.put("files", s.fileLengths());
    m.put("snapshots", s.snapshots());
    m.put("checkpoint", toMap(s.checkpoint()));
    AtomicFiles.writeString(file, Json.write(m) + "\n");
  }

  private static Map<String, Object> toMap(Checkpoint c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", c.step());
    m.put("time", c.time());
    m.put("theta", c.theta());
    m.put("optimizerState", c.optimizerState());
    if (c.mode() != null) {
      Map<String, Object> mode = new LinkedHashMap<>();
      mode.put("side", c.mode().side());
      mode.put("edge", c.mode().edge());
      mode.put("pinned", c.mode().pinned());
      mode.put("fresh", c.mode().fresh());
      m.put("mode", mode);
    }
    List<Object[]> ev = new ArrayList<>();
    for (FlowEvent e : c.events()) {
      ev.add(new Object[] {e.time(), e.neuron(), e.dataIndex(), e.kind().fileName()});
    }
    m.put("events", ev);
    m.put("eventsProcessed", c.eventsProcessed());
    m.put("initialLoss", c.initialLoss());
    return m;
  }

  static Saved read(Path file) {
    JsonNode root = Json.readTree(file, "checkpoint");
    String where = "checkpoint " + file;
    try {
      if (!FORMAT.equals(root.path("format").asText())) {
        throw new InputException(where + " is not a " + FORMAT + " file");
      }
      Map<String, Long> lengths = new LinkedHashMap<>();
      root.get("files").fields().forEachRemaining(e -> lengths.put(e.getKey(),
          e.getValue().longValue()));
      JsonNode c = root.get("checkpoint");
      double[] theta = Json.numbers(c, "theta", where);
      JsonNode os = c.get("optimizerState");
      double[][] state = new double[os.size()][];
      for (int k = 0; k < state.length; k++) {
        state[k] = numbers(os.get(k), where + ": optimizerState[" + k + "]");
      }
      FlowMode mode = null;
      if (c.has("mode")) {
        JsonNode m = c.get("mode");
        mode = new FlowMode(ints(m.get("side")), ints(m.get("edge")), bools(m.get("pinned")),
            ints(m.get("fresh")));
      }
      List<FlowEvent> events = new ArrayList<>();
      for (JsonNode e : c.get("events")) {
        events.add(new FlowEvent(e.get(0).doubleValue(), e.get(1).intValue(), e.get(2).intValue(),
            FlowEvent.Kind.parse(e.get(3).asText())));
      }
      Checkpoint cp = new Checkpoint(c.get("step").longValue(), Json.number(c, "time", where),
          theta, state, mode, events, c.get("eventsProcessed").longValue(),
          Json.number(c, "initialLoss", where));
      return new Saved(root.get("fingerprint").asText(), lengths,
          root.get("snapshots").longValue(), cp);
    } catch (NullPointerException | IllegalArgumentException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(where + " is damaged: " + e.getMessage(), e);
    }
  }

  private static double[] numbers(JsonNode arr, String what) {
    double[] out = new double[arr.size()];
    for (int i = 0; i < out.length; i++) {
      if (!arr.get(i).isNumber()) {
        throw new InputException(what + "[" + i + "] must be a number");
      }
      out[i] = arr.get(i).doubleValue();
    }
    return out;
  }

  private static int[] ints(JsonNode arr) {
    int[] out = new int[arr.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = arr.get(i).intValue();
    }
    return out;
  }

  private static boolean[] bools(JsonNode arr) {
    boolean[] out = new boolean[arr.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = arr.get(i).booleanValue();
    }
    return out;
  }
}
