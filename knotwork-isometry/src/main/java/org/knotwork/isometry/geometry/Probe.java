package org.knotwork.isometry.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.OutputLoss;

/**
 * A network evaluated on a probe set of n inputs with a loss: the forward traces, the per-example
 * residuals r<sub>i</sub> and output Hessians H<sub>i</sub>, and the empirical tangent kernel by the Gram
 * identity (I12), from which the Fisher spectra follow (I13)-(I14).
 */
public final class Probe {
  private final Network net;
  private final double[][] inputs;
  private final OutputLoss loss;
  private final Network.Trace[] traces;

  /** Evaluates {@code net} on {@code inputs} (one row per example) with {@code loss}. */
  public Probe(Network net, double[][] inputs, OutputLoss loss) {
    if (inputs.length < 1) {
      throw new IllegalArgumentException("the probe set needs at least one input");
    }
    if (loss.examples() != inputs.length) {
      throw new IllegalArgumentException("the loss has targets for " + loss.examples()
          + " examples, the probe set has " + inputs.length);
    }
    this.net = net;
    this.inputs = inputs.clone();
    this.loss = loss;
    this.traces = new Network.Trace[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      traces[i] = net.forward(inputs[i]);
    }
  }

  /** The network. */
  public Network network() {
    return net;
  }

  /** Number of examples n. */
  public int size() {
    return inputs.length;
  }

  /** The trace of example i. */
  public Network.Trace trace(int i) {
    return traces[i];
  }

  /** The loss. */
  public OutputLoss loss() {
    return loss;
  }

  /** Mean loss over the probe set. */
  public double meanLoss() {
    double s = 0;
    for (int i = 0; i < traces.length; i++) {
      s += loss.value(traces[i].logits(), i);
    }
    return s / traces.length;
  }

  /** r<sub>i</sub> = &part;E/&part;h<sup>g</sup> of example i. */
  public double[] residual(int i) {
    return loss.gradient(traces[i].logits(), i);
  }

  /** H<sub>i</sub> of example i. */
  public double[][] outputHessian(int i) {
    return loss.hessian(traces[i].logits());
  }

  /**
   * The empirical tangent kernel K = J<sub>&theta;</sub>J<sub>&theta;</sub><sup>T</sup> (nC &times; nC,
   * rows (example i, class c) example-major) by the Gram identity (I12): one reverse pass per row
   * gives &Delta;<sub>l</sub>, then K = &Sigma;<sub>l</sub> (&Delta;<sub>l</sub>&Delta;<sub>l</sub><sup>T</sup>)
   * &#8728; ((X<sub>l&minus;1</sub>X<sub>l&minus;1</sub><sup>T</sup> + 11<sup>T</sup>) &otimes; 1<sub>C&times;C</sub>)
   * + (X<sub>L</sub>X<sub>L</sub><sup>T</sup> + 11<sup>T</sup>) &otimes; I<sub>C</sub>, without the
   * nC &times; P Jacobian.
   */
  public DMatrixRMaj tangentKernel() {
    int n = inputs.length;
    int c = net.outputs();
    int layers = net.depth() + 1;
    int rows = n * c;
    DMatrixRMaj[] delta = new DMatrixRMaj[layers - 1];
    for (int k = 0; k < layers - 1; k++) {
      delta[k] = new DMatrixRMaj(rows, net.width(k + 1));
    }
    double[][] slots = new double[layers][];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < c; a++) {
        double[] e = new double[c];
        e[a] = 1;
        net.backward(traces[i], e, null, slots);
        int row = i * c + a;
        for (int k = 0; k < layers - 1; k++) {
          System.arraycopy(slots[k], 0, delta[k].data, row * slots[k].length, slots[k].length);
        }
      }
    }
    DMatrixRMaj kernel = new DMatrixRMaj(rows, rows);
    DMatrixRMaj dd = new DMatrixRMaj(rows, rows);
    for (int k = 0; k < layers; k++) {
      double[][] xx = activationGram(k);
      if (k < layers - 1) {
        CommonOps_DDRM.multTransB(delta[k], delta[k], dd);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double f = xx[i][j] + 1;
          for (int a = 0; a < c; a++) {
            int r = i * c + a;
            if (k < layers - 1) {
              for (int b = 0; b < c; b++) {
                int s = j * c + b;
                kernel.data[r * rows + s] += dd.data[r * rows + s] * f;
              }
            } else {
              int s = j * c + a;
              kernel.data[r * rows + s] += f;
            }
          }
        }
      }
    }
    return kernel;
  }

  private double[][] activationGram(int k) {
    int n = inputs.length;
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      double[] xi = traces[i].activations()[k];
      for (int j = 0; j <= i; j++) {
        double[] xj = traces[j].activations()[k];
        double s = 0;
        for (int m = 0; m < xi.length; m++) {
          s += xi[m] * xj[m];
        }
        g[i][j] = s;
        g[j][i] = s;
      }
    }
    return g;
  }
}
