package org.knotwork.pathways.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.pathways.data.IoData;

/**
 * Training data tables as CSV, read through the lab's numeric CSV reader ({@link NumericCsv}) with a
 * thin layer for this format: a header row, then one row per item. A column named {@code item}
 * (optional) holds item names (text, set aside before the numbers are parsed); columns whose names
 * start with {@code x_} are inputs; every other column is an output feature, named by its header.
 * Without {@code x_} columns the inputs are one-hot (X = I, one input per item), as in the
 * hierarchical data. A run directory records its training data as {@code data.csv} in this format.
 */
public final class DataTable {
  /** The item-name column. */
  public static final String ITEM = "item";

  private DataTable() {}

  /**
   * Reads a data table.
   *
   * @throws InputException naming the file, and the line and column of a bad field
   */
  public static IoData read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException("data file " + file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read data file " + file + ": " + e.getMessage());
    }
    return parse(text, "data file " + file);
  }

  /** Parses a data table; {@code where} names its source in messages. */
  public static IoData parse(String text, String where) {
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    String[] header = lines[0].split(",", -1);
    int itemCol = -1;
    for (int c = 0; c < header.length; c++) {
      if (header[c].strip().equals(ITEM)) {
        if (itemCol >= 0) {
          throw new InputException(where + ": two '" + ITEM + "' columns");
        }
        itemCol = c;
      }
    }
    // set the item names aside; NumericCsv checks the rest (header names, fields, numbers)
    List<String> names = itemCol >= 0 ? new ArrayList<>() : null;
    StringBuilder numeric = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (itemCol >= 0 && !line.isBlank()) {
        String[] f = line.split(",", -1);
        if (f.length != header.length) {
          throw new InputException(where + ": line " + (i + 1) + " must have " + header.length
              + " fields, got " + f.length);
        }
        if (i > 0) {
          names.add(f[itemCol].strip());
        }
        List<String> rest = new ArrayList<>(List.of(f));
        rest.remove(itemCol);
        line = String.join(",", rest);
      }
      numeric.append(line).append('\n');
    }
    NumericCsv csv = NumericCsv.parse(numeric.toString(), where, null, 1);
    List<Integer> in = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    List<String> features = new ArrayList<>();
    for (int c = 0; c < csv.columns().size(); c++) {
      String h = csv.columns().get(c);
      if (h.startsWith("x_")) {
        in.add(c);
      } else {
        out.add(c);
        features.add(h);
      }
    }
    if (out.isEmpty()) {
      throw new InputException(where + " must have at least one output (feature) column");
    }
    double[][] x = new double[csv.size()][in.size()];
    double[][] y = new double[csv.size()][out.size()];
    for (int r = 0; r < csv.size(); r++) {
      for (int i = 0; i < in.size(); i++) {
        x[r][i] = csv.rows()[r][in.get(i)];
      }
      for (int i = 0; i < out.size(); i++) {
        y[r][i] = csv.rows()[r][out.get(i)];
      }
    }
    try {
      return in.isEmpty() ? IoData.oneHot(y, names, features) : new IoData(x, y, names, features);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  /** Writes a data table (with {@code x_} input columns unless the inputs are one-hot). */
  public static void write(Path file, IoData data) {
    AtomicFiles.writeString(file, format(data));
  }

  /** The CSV text of a data table; numbers in {@link Double#toString(double)} form. */
  public static String format(IoData data) {
    StringBuilder sb = new StringBuilder(ITEM);
    boolean oneHot = data.isIdentityInput();
    if (!oneHot) {
      for (int i = 0; i < data.inputs(); i++) {
        sb.append(",x_").append(i + 1);
      }
    }
    for (String f : data.featureNames()) {
      sb.append(',').append(name(f));
    }
    sb.append('\n');
    for (int p = 0; p < data.items(); p++) {
      sb.append(name(data.itemNames().get(p)));
      if (!oneHot) {
        for (int i = 0; i < data.inputs(); i++) {
          sb.append(',').append(data.input(p, i));
        }
      }
      for (int o = 0; o < data.outputs(); o++) {
        sb.append(',').append(data.target(p, o));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A name without the separator or line breaks. */
  static String name(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "names written to CSV must not contain ',' or line breaks, got '" + s + "'");
    }
    return s;
  }
}
