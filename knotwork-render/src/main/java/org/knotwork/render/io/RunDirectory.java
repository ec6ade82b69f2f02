package org.knotwork.render.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.knotwork.data.Dataset;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.InputException;
import org.knotwork.io.NetJson;
import org.knotwork.io.run.RunFiles;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.model.TrajectoryEvent;
import org.knotwork.render.model.TrajectorySource;

/**
 * A training run directory (format of {@code org.knotwork.io.run}) as a {@link Trajectory}: the data
 * and initial network it starts with, one frame per snapshot ({@code snapshots.csv} and
 * {@code snapshot_neurons.csv}) and the flow events ({@code events.csv}). When the network is small
 * enough (3H+1 &le; {@link #MAX_SPECTRUM_PARAMETERS}) every frame also carries the exact Hessian
 * spectrum in network coordinates (S17).
 */
public final class RunDirectory implements TrajectorySource {
  /** Largest parameter count for which frames get their exact Hessian spectrum. */
  public static final int MAX_SPECTRUM_PARAMETERS = 301;

  private final Path dir;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /** The run directory {@code dir}. */
  public static RunDirectory at(Path dir) {
    return new RunDirectory(dir);
  }

  /** Whether {@code dir} looks like a finished training run directory. */
  public static boolean isRunDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(RunFiles.SNAPSHOTS))
        && Files.isRegularFile(dir.resolve(RunFiles.SNAPSHOT_NEURONS));
  }

  @Override
  public Trajectory load() {
    Dataset data = DataCsv.read(dir.resolve(RunFiles.DATA));
    NetworkParams initial = NetJson.read(dir.resolve(RunFiles.INIT));
    int h = initial.width();
    List<double[]> snaps = new ArrayList<>(); // step, time, loss, grad_norm, c
    rows(RunFiles.SNAPSHOTS, 6, r -> snaps.add(new double[] {
        num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5])}));
    if (snaps.isEmpty()) {
      throw new InputException(dir.resolve(RunFiles.SNAPSHOTS)
          + " has no snapshots: train with --snapshots N to record some");
    }
    double[][][] wbv = new double[snaps.size()][3][h];
    rows(RunFiles.SNAPSHOT_NEURONS, 9, r -> {
      int s = (int) num(r[0]);
      int i = (int) num(r[1]);
      if (s < 0 || s >= wbv.length || i < 0 || i >= h) {
        throw new InputException(dir.resolve(RunFiles.SNAPSHOT_NEURONS)
            + ": snapshot " + s + ", neuron " + i + " is out of range");
      }
      wbv[s][0][i] = num(r[2]);
      wbv[s][1][i] = num(r[3]);
      wbv[s][2][i] = num(r[4]);
    });
    boolean spectra = 3 * h + 1 <= MAX_SPECTRUM_PARAMETERS;
    SweepLoss loss = SweepLoss.of(data);
    List<Frame> frames = new ArrayList<>();
    for (int s = 0; s < snaps.size(); s++) {
      double[] m = snaps.get(s);
      NetworkParams net = new NetworkParams(wbv[s][0], wbv[s][1], wbv[s][2], m[4]);
      double[] spectrum = spectra ? SymmetricEigen.values(loss.hessian(net)).eigenvalues() : null;
      frames.add(new Frame((long) m[0], m[1], net, m[2], m[3], spectrum));
    }
    List<TrajectoryEvent> events = new ArrayList<>();
    if (Files.isRegularFile(dir.resolve(RunFiles.EVENTS))) {
      rows(RunFiles.EVENTS, 4, r -> events.add(new TrajectoryEvent(num(r[0]),
          (int) num(r[1]), (int) num(r[2]), r[3])));
    }
    Map<String, String> spec = new LinkedHashMap<>();
    spec.put("run directory", dir.toString());
    spec.put("width", Integer.toString(h));
    spec.put("data points", Integer.toString(data.size()));
    String title = dir.toAbsolutePath().normalize().getFileName() == null ? "run"
        : dir.toAbsolutePath().normalize().getFileName().toString();
    return new Trajectory(title, data, initial, frames, events,
        spectra ? "Hessian, network coordinates" : null, spec);
  }

  private void rows(String name, int columns, Consumer<String[]> row) {
    Path file = dir.resolve(name);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] r = line.split(",", -1);
        if (r.length != columns) {
          throw new InputException(file + ": line " + lineNo + " must have " + columns
              + " fields, got " + r.length);
        }
        row.accept(r);
      }
    } catch (NoSuchFileException e) {
      throw new InputException("run directory " + dir + " has no " + name);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage());
    } catch (NumberFormatException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
  }

  private static double num(String s) {
    return Double.parseDouble(s.strip());
  }
}
