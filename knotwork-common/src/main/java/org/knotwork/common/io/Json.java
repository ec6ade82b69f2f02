package org.knotwork.common.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The shared JSON mapper and helpers for reading numeric fields with clear errors. Doubles are
 * written in Java's shortest round-trip form, so values survive a write/read cycle bit for bit.
 */
public final class Json {
  private Json() {}

  /** The mapper: strict on input (no NaN, no trailing tokens, no duplicate keys). */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  /** The same mapper, writing indented output. */
  public static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  /** Reads a JSON file, or throws {@link InputException} naming the file and the problem. */
  public static JsonNode readTree(Path file, String what) {
    try {
      JsonNode node = MAPPER.readTree(Files.readString(file));
      if (node == null || node.isMissingNode()) {
        throw new InputException(what + " " + file + " is empty");
      }
      return node;
    } catch (NoSuchFileException e) {
      throw new InputException(what + " " + file + " does not exist");
    } catch (JsonProcessingException e) {
      throw new InputException(what + " " + file + " is not valid JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse("")
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")"));
    } catch (IOException e) {
      throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
    }
  }

  /** The finite number in field {@code name} of {@code obj}. */
  public static double number(JsonNode obj, String name, String where) {
    JsonNode n = obj.get(name);
    if (n == null) {
      throw new InputException(where + ": field \"" + name + "\" is missing");
    }
    return finite(n, where + ": field \"" + name + "\"");
  }

  /** The array of finite numbers in field {@code name} of {@code obj}. */
  public static double[] numbers(JsonNode obj, String name, String where) {
    JsonNode n = obj.get(name);
    if (n == null) {
      throw new InputException(where + ": field \"" + name + "\" is missing");
    }
    if (!n.isArray()) {
      throw new InputException(where + ": field \"" + name + "\" must be an array of numbers");
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = finite(n.get(i), where + ": " + name + "[" + i + "]");
    }
    return out;
  }

  private static double finite(JsonNode n, String what) {
    if (!n.isNumber()) {
      throw new InputException(what + " must be a finite number, got " + n);
    }
    double v = n.doubleValue();
    if (!Double.isFinite(v)) {
      throw new InputException(what + " must be a finite number, got " + n.asText());
    }
    return v;
  }

  /** Compact JSON text of a value (records, maps, arrays). */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  /** Indented JSON text of a value, with a final newline. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }
}
