package org.knotwork.pathways.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;

/**
 * Spec records as JSON files (field names = record components, enums by name). Reading reports any
 * problem as an {@link IllegalArgumentException} with a one-line message naming the file and the
 * field.
 */
public final class SpecJson {
  private SpecJson() {}

  /** Reads a single-run spec. */
  public static NetworkRunSpec readRun(Path file) {
    return read(file, NetworkRunSpec.class);
  }

  /** Reads an experiment spec. */
  public static ExperimentSpec readExperiment(Path file) {
    return read(file, ExperimentSpec.class);
  }

  /** Reads a phase-plane spec. */
  public static PhasePlaneSpec readPhasePlane(Path file) {
    return read(file, PhasePlaneSpec.class);
  }

  /** Parses a spec of the given type from JSON text. */
  public static <T> T parse(String json, Class<T> type) {
    try {
      return Json.PRETTY.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw oneLine("spec", e);
    }
  }

  /** The JSON text of a spec record. */
  public static String toJson(Object spec) {
    try {
      return Json.PRETTY.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise spec: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a spec record atomically. */
  public static void write(Path file, Object spec) {
    AtomicFiles.writeString(file, toJson(spec) + "\n");
  }

  private static <T> T read(Path file, Class<T> type) {
    if (file == null) {
      throw new IllegalArgumentException("spec file is missing");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spec file " + file + ": " + e.getMessage(), e);
    }
    try {
      return Json.PRETTY.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw oneLine("spec file " + file, e);
    }
  }

  private static IllegalArgumentException oneLine(String where, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return new IllegalArgumentException(where + ": " + t.getMessage(), e);
      }
    }
    String path = "";
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
      }
      path = " at " + sb.substring(sb.charAt(0) == '.' ? 1 : 0);
    }
    String msg = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    return new IllegalArgumentException(where + path + ": " + msg.replace('\n', ' '), e);
  }
}
