package org.knotwork.cli;

import java.nio.file.Path;
import org.knotwork.data.Dataset;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that name one problem at one point, shared by {@code inspect}, {@code spectrum},
 * {@code slice} and {@code train} (picocli mixin): {@code --net}, {@code --data}, {@code --coords}
 * and {@code --sum-loss}.
 */
final class ProblemOptions {
  @Option(names = "--net", required = true, paramLabel = "NET.json",
      description = "Network file (train: the initial network).")
  Path net;

  @Option(names = "--data", required = true, paramLabel = "DATA.csv",
      description = "Data file with header x,y.")
  Path data;

  @Option(names = "--coords", defaultValue = "nn", converter = CoordinatesConverter.class,
      paramLabel = "nn|spline", description = "Coordinate system: nn (w, b, v, c) or spline "
          + "(beta, mu, c with the orientations fixed) (default: ${DEFAULT-VALUE}).")
  Coordinates coords;

  @Mixin
  LossOption lossOption;

  /** The network of {@code --net}. */
  NetworkParams network() {
    return NetJson.read(net);
  }

  /** The data of {@code --data}. */
  Dataset dataset() {
    return DataCsv.read(data);
  }

  /** The loss normalisation {@code --sum-loss} selects. */
  LossNormalization normalization() {
    return lossOption.normalization();
  }

  /** The production loss of {@code d} under {@code --sum-loss}. */
  SweepLoss loss(Dataset d) {
    return lossOption.loss(d);
  }
}
