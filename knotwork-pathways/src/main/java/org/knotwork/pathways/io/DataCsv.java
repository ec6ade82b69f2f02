package org.knotwork.pathways.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.pathways.data.IoData;

/**
 * User data tables as CSV. Format: a header row, then one row per item, comma-separated, no quoting.
 * A column named {@code item} (optional) holds item names; columns whose names start with
 * {@code x_} are inputs; every other column is an output feature, named by its header. Without
 * {@code x_} columns the inputs are one-hot (X = I, one input per item), as in the hierarchical data.
 */
public final class DataCsv {
  private DataCsv() {}

  /** Reads a data table. */
  public static IoData read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + file + ": " + e.getMessage(), e);
    }
    List<String> rows = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        rows.add(l.strip());
      }
    }
    if (rows.size() < 2) {
      throw new IllegalArgumentException(
          "data file " + file + " must have a header row and at least one item row");
    }
    String[] header = rows.get(0).split(",", -1);
    int itemCol = -1;
    List<Integer> inCols = new ArrayList<>();
    List<Integer> outCols = new ArrayList<>();
    List<String> features = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      String h = header[c].strip();
      if (h.isEmpty()) {
        throw new IllegalArgumentException(
            "data file " + file + ": header column " + (c + 1) + " is empty");
      }
      if (h.equals("item")) {
        if (itemCol >= 0) {
          throw new IllegalArgumentException("data file " + file + ": two 'item' columns");
        }
        itemCol = c;
      } else if (h.startsWith("x_")) {
        inCols.add(c);
      } else {
        outCols.add(c);
        features.add(h);
      }
    }
    if (outCols.isEmpty()) {
      throw new IllegalArgumentException(
          "data file " + file + " must have at least one output (feature) column");
    }
    int items = rows.size() - 1;
    double[][] x = new double[items][inCols.size()];
    double[][] y = new double[items][outCols.size()];
    List<String> names = itemCol >= 0 ? new ArrayList<>() : null;
    for (int r = 0; r < items; r++) {
      String[] f = rows.get(r + 1).split(",", -1);
      if (f.length != header.length) {
        throw new IllegalArgumentException("data file " + file + " line " + (r + 2) + " has "
            + f.length + " fields, the header has " + header.length);
      }
      if (names != null) {
        names.add(f[itemCol].strip());
      }
      for (int i = 0; i < inCols.size(); i++) {
        x[r][i] = number(file, r, f, inCols.get(i), header);
      }
      for (int i = 0; i < outCols.size(); i++) {
        y[r][i] = number(file, r, f, outCols.get(i), header);
      }
    }
    try {
      if (inCols.isEmpty()) {
        return IoData.oneHot(y, names, features);
      }
      return new IoData(x, y, names, features);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("data file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a data table (with {@code x_} input columns unless the inputs are one-hot). */
  public static void write(Path file, IoData data) {
    StringBuilder sb = new StringBuilder("item");
    boolean oneHot = data.isIdentityInput();
    if (!oneHot) {
      for (int i = 0; i < data.inputs(); i++) {
        sb.append(",x_").append(i + 1);
      }
    }
    for (String f : data.featureNames()) {
      sb.append(',').append(Csv.name(f));
    }
    sb.append('\n');
    for (int p = 0; p < data.items(); p++) {
      sb.append(Csv.name(data.itemNames().get(p)));
      if (!oneHot) {
        for (int i = 0; i < data.inputs(); i++) {
          sb.append(',').append(Csv.num(data.input(p, i)));
        }
      }
      for (int o = 0; o < data.outputs(); o++) {
        sb.append(',').append(Csv.num(data.target(p, o)));
      }
      sb.append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  private static double number(Path file, int r, String[] f, int c, String[] header) {
    String s = f[c].strip();
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("data file " + file + " line " + (r + 2) + " column '"
          + header[c].strip() + "' must be a finite number, got '" + s + "'");
    }
  }
}
