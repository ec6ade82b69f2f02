package org.knotwork.isometry.net;

import java.util.Arrays;

/**
 * A feed-forward network h<sup>l</sup> = W<sup>l</sup>x<sup>l&minus;1</sup> + b<sup>l</sup>,
 * x<sup>l</sup> = &phi;(h<sup>l</sup>) for l = 1..L, with read-out h<sup>g</sup> =
 * W<sup>g</sup>x<sup>L</sup> + b<sup>g</sup> (docs/isometry.md (I1)); L = 0 is a linear (softmax
 * regression) model. Layer k = 0..L of this class is hidden layer k+1 for k &lt; L and the read-out
 * for k = L. Parameters are flat in the order W<sup>1</sup> (row-major), b<sup>1</sup>, ...,
 * W<sup>g</sup>, b<sup>g</sup>. Immutable; the arrays given are copied.
 */
public final class Network {
  private final Activation activation;
  private final int[] widths;
  private final double[][] weights;
  private final double[][] biases;
  private final int[] offsets;
  private final int parameterCount;

  /**
   * A network.
   *
   * @param activation the hidden non-linearity
   * @param widths N<sub>0</sub> (input), N<sub>1</sub>..N<sub>L</sub> (hidden), C (outputs)
   * @param weights weights[k] is layer k's matrix, widths[k+1] &times; widths[k], row-major
   * @param biases biases[k] has widths[k+1] entries
   */
  public Network(Activation activation, int[] widths, double[][] weights, double[][] biases) {
    if (activation == null) {
      throw new IllegalArgumentException("activation is required");
    }
    if (widths.length < 2) {
      throw new IllegalArgumentException("widths need an input and an output width, got "
          + widths.length);
    }
    for (int w : widths) {
      if (w < 1) {
        throw new IllegalArgumentException("widths must be >= 1, got " + Arrays.toString(widths));
      }
    }
    int layers = widths.length - 1;
    if (weights.length != layers || biases.length != layers) {
      throw new IllegalArgumentException("need " + layers + " weight matrices and bias vectors");
    }
    this.activation = activation;
    this.widths = widths.clone();
    this.weights = new double[layers][];
    this.biases = new double[layers][];
    this.offsets = new int[layers + 1];
    int p = 0;
    for (int k = 0; k < layers; k++) {
      if (weights[k].length != widths[k + 1] * widths[k] || biases[k].length != widths[k + 1]) {
        throw new IllegalArgumentException("layer " + k + " must be " + widths[k + 1] + " x "
            + widths[k] + " with " + widths[k + 1] + " biases");
      }
      this.weights[k] = weights[k].clone();
      this.biases[k] = biases[k].clone();
      offsets[k] = p;
      p += weights[k].length + biases[k].length;
    }
    offsets[layers] = p;
    this.parameterCount = p;
  }

  /** The hidden non-linearity. */
  public Activation activation() {
    return activation;
  }

  /** Number of hidden layers L. */
  public int depth() {
    return widths.length - 2;
  }

  /** Input width N<sub>0</sub>. */
  public int inputs() {
    return widths[0];
  }

  /** Output width C. */
  public int outputs() {
    return widths[widths.length - 1];
  }

  /** Width of layer index k (0 = input, depth()+1 = output). */
  public int width(int k) {
    return widths[k];
  }

  /** A copy of the widths. */
  public int[] widths() {
    return widths.clone();
  }

  /** Number of parameters P. */
  public int parameterCount() {
    return parameterCount;
  }

  /** Offset of layer k's weights in the flat parameter vector (its biases follow them). */
  public int offset(int k) {
    return offsets[k];
  }

  /** A copy of layer k's weights (row-major). */
  public double[] weights(int k) {
    return weights[k].clone();
  }

  /** A copy of layer k's biases. */
  public double[] biases(int k) {
    return biases[k].clone();
  }

  /** The flat parameter vector. */
  public double[] parameters() {
    double[] theta = new double[parameterCount];
    for (int k = 0; k < weights.length; k++) {
      System.arraycopy(weights[k], 0, theta, offsets[k], weights[k].length);
      System.arraycopy(biases[k], 0, theta, offsets[k] + weights[k].length, biases[k].length);
    }
    return theta;
  }

  /** The same architecture with parameters theta. */
  public Network withParameters(double[] theta) {
    if (theta.length != parameterCount) {
      throw new IllegalArgumentException("need " + parameterCount + " parameters, got " + theta.length);
    }
    double[][] w = new double[weights.length][];
    double[][] b = new double[weights.length][];
    for (int k = 0; k < weights.length; k++) {
      w[k] = Arrays.copyOfRange(theta, offsets[k], offsets[k] + weights[k].length);
      b[k] = Arrays.copyOfRange(theta, offsets[k] + weights[k].length, offsets[k + 1]);
    }
    return new Network(activation, widths, w, b);
  }

  /**
   * The forward pass (I1).
   *
   * @param x the input, N<sub>0</sub> entries
   * @return pre-activations and activations of every layer
   */
  public Trace forward(double[] x) {
    if (x.length != widths[0]) {
      throw new IllegalArgumentException("input must have " + widths[0] + " entries, got " + x.length);
    }
    int layers = weights.length;
    double[][] h = new double[layers][];
    double[][] a = new double[layers][];
    a[0] = x.clone();
    for (int k = 0; k < layers; k++) {
      h[k] = affine(k, a[k]);
      if (k + 1 < layers) {
        double[] next = new double[h[k].length];
        for (int i = 0; i < next.length; i++) {
          next[i] = activation.value(h[k][i]);
        }
        a[k + 1] = next;
      }
    }
    return new Trace(h, a);
  }

  private double[] affine(int k, double[] in) {
    int rows = widths[k + 1];
    int cols = widths[k];
    double[] w = weights[k];
    double[] out = biases[k].clone();
    for (int i = 0; i < rows; i++) {
      double s = 0;
      int r = i * cols;
      for (int j = 0; j < cols; j++) {
        s += w[r + j] * in[j];
      }
      out[i] += s;
    }
    return out;
  }

  /**
   * Reverse-mode differentiation (backpropagation, (I9)): given &part;E/&part;h<sup>g</sup> at a traced
   * input, accumulates &part;E/&part;&theta; into {@code gradient} (if not null), stores
   * &part;E/&part;h of every layer into {@code deltas} (if not null: deltas[k] for layer k, the
   * read-out last) and returns &part;E/&part;x<sup>0</sup>.
   *
   * @param trace a forward pass of this network
   * @param outputGradient &part;E/&part;h<sup>g</sup>, C entries
   * @param gradient P entries to add to, or null
   * @param deltas an array of depth()+1 slots to fill, or null
   * @return &part;E/&part;x<sup>0</sup>
   */
  public double[] backward(Trace trace, double[] outputGradient, double[] gradient, double[][] deltas) {
    int layers = weights.length;
    if (outputGradient.length != outputs()) {
      throw new IllegalArgumentException("output gradient must have " + outputs() + " entries");
    }
    double[] delta = outputGradient.clone();
    double[] up = null;
    for (int k = layers - 1; k >= 0; k--) {
      if (deltas != null) {
        deltas[k] = delta.clone();
      }
      int rows = widths[k + 1];
      int cols = widths[k];
      double[] w = weights[k];
      double[] in = trace.activations()[k];
      if (gradient != null) {
        int o = offsets[k];
        for (int i = 0; i < rows; i++) {
          double d = delta[i];
          if (d != 0) {
            int r = o + i * cols;
            for (int j = 0; j < cols; j++) {
              gradient[r + j] += d * in[j];
            }
          }
          gradient[o + rows * cols + i] += d;
        }
      }
      up = new double[cols];
      for (int i = 0; i < rows; i++) {
        double d = delta[i];
        if (d != 0) {
          int r = i * cols;
          for (int j = 0; j < cols; j++) {
            up[j] += w[r + j] * d;
          }
        }
      }
      if (k > 0) {
        double[] hPrev = trace.preActivations()[k - 1];
        for (int j = 0; j < cols; j++) {
          up[j] *= activation.derivative(hPrev[j]);
        }
        delta = up;
      }
    }
    return up;
  }

  /**
   * Forward-mode differentiation (Jacobian-vector product, (I9)): the directional derivative of the
   * logits h<sup>g</sup> along the parameter tangent v at a traced input.
   */
  public double[] tangent(Trace trace, double[] v) {
    if (v.length != parameterCount) {
      throw new IllegalArgumentException("tangent must have " + parameterCount + " entries");
    }
    int layers = weights.length;
    double[] da = new double[widths[0]];
    double[] dh = null;
    for (int k = 0; k < layers; k++) {
      int rows = widths[k + 1];
      int cols = widths[k];
      double[] w = weights[k];
      double[] in = trace.activations()[k];
      int o = offsets[k];
      dh = new double[rows];
      for (int i = 0; i < rows; i++) {
        double s = v[o + rows * cols + i];
        int r = i * cols;
        for (int j = 0; j < cols; j++) {
          s += v[o + r + j] * in[j] + w[r + j] * da[j];
        }
        dh[i] = s;
      }
      if (k + 1 < layers) {
        double[] h = trace.preActivations()[k];
        da = new double[rows];
        for (int i = 0; i < rows; i++) {
          da[i] = activation.derivative(h[i]) * dh[i];
        }
      }
    }
    return dh;
  }

  /**
   * The pre-activations and activations of one forward pass.
   *
   * @param preActivations preActivations[k] = h of layer k (h<sup>k+1</sup>; the last is h<sup>g</sup>)
   * @param activations activations[k] = the input of layer k (x<sup>k</sup>; activations[0] = x<sup>0</sup>)
   */
  public record Trace(double[][] preActivations, double[][] activations) {
    /** The logits h<sup>g</sup>. */
    public double[] logits() {
      return preActivations[preActivations.length - 1];
    }
  }
}
