package org.knotwork.spiking.network;

import org.knotwork.spiking.engine.SynapseKernel;

/**
 * A two-layer spatial network of Huang et al. (docs/spiking.md &sect;2): a feedforward layer X of
 * Poisson cells on a grid of side {@code inputSide}, driving a recurrent layer of E cells (side
 * {@code sideE}) and I cells (side {@code sideI}) on the same periodic unit sheet. Weights are given
 * unscaled: the synaptic weight is J/&radic;N with N = N_E + N_I (P6). Times in ms, drives in mV/ms.
 *
 * @param inputSide side of the X grid, &ge; 1
 * @param inputRate rate of every X cell, Hz
 * @param inputKernel kernel of X synapses
 * @param sideE side of the E grid
 * @param sideI side of the I grid
 * @param p recurrent connection probabilities (post, pre)
 * @param weight recurrent weights J (post, pre), before the 1/&radic;N scaling
 * @param sigma recurrent widths (post, pre), in sheet units
 * @param pIn feedforward probabilities (post E, post I)
 * @param weightIn feedforward weights before scaling
 * @param sigmaIn feedforward widths
 * @param kernelE kernel of synapses from E cells
 * @param kernelI kernel of synapses from I cells
 * @param drive static drive &mu; of E and I cells (mV/ms)
 */
public record SheetModel(int inputSide, double inputRate, SynapseKernel inputKernel, int sideE,
    int sideI, Block p, Block weight, Block sigma, Pair pIn, Pair weightIn, Pair sigmaIn,
    SynapseKernel kernelE, SynapseKernel kernelI, Pair drive) {

  /** Layer 2 of Huang et al. at paper scale: X 50&times;50, E 200&times;200, I 100&times;100 (&sect;2.2). */
  public static final SheetModel HUANG_LAYER2 = new SheetModel(50, 10,
      new SynapseKernel(1, 5), 200, 100,
      new Block(0.01, 0.04, 0.03, 0.04), new Block(80, -240, 40, -300),
      new Block(0.1, 0.1, 0.1, 0.1), new Pair(0.1, 0.05), new Pair(140, 100),
      new Pair(0.05, 0.05), new SynapseKernel(1, 5), new SynapseKernel(1, 8), new Pair(0, 0));

  /** Validates. */
  public SheetModel {
    if (inputSide < 1 || sideE < 1 || sideI < 1) {
      throw new IllegalArgumentException("inputSide, sideE and sideI must be >= 1");
    }
    if (!(inputRate > 0) || !Double.isFinite(inputRate)) {
      throw new IllegalArgumentException("inputRate must be positive, got " + inputRate);
    }
    for (double q : new double[] {p.ee(), p.ei(), p.ie(), p.ii(), pIn.e(), pIn.i()}) {
      if (q < 0 || q > 1) {
        throw new IllegalArgumentException("p must lie in [0, 1], got " + q);
      }
    }
    for (double s : new double[] {sigma.ee(), sigma.ei(), sigma.ie(), sigma.ii(), sigmaIn.e(),
        sigmaIn.i()}) {
      if (s < 0) {
        throw new IllegalArgumentException("sigma must be >= 0, got " + s);
      }
    }
    if (inputKernel == null || kernelE == null || kernelI == null || drive == null) {
      throw new IllegalArgumentException("kernels and drive are required");
    }
  }

  /**
   * The same model on smaller grids with every p, J and &sigma; kept (so N_X/N and the mean field are
   * unchanged): sides 25/100/50 give the reduced scale of &sect;2.9, 10/40/20 the CI network.
   */
  public SheetModel resized(int x, int e, int i) {
    return new SheetModel(x, inputRate, inputKernel, e, i, p, weight, sigma, pIn, weightIn, sigmaIn,
        kernelE, kernelI, drive);
  }

  /** The same model with another inhibitory kernel. */
  public SheetModel withInhibition(SynapseKernel k) {
    return new SheetModel(inputSide, inputRate, inputKernel, sideE, sideI, p, weight, sigma, pIn,
        weightIn, sigmaIn, kernelE, k, drive);
  }

  /** The same model with other recurrent widths. */
  public SheetModel withSigma(Block s) {
    return new SheetModel(inputSide, inputRate, inputKernel, sideE, sideI, p, weight, s, pIn,
        weightIn, sigmaIn, kernelE, kernelI, drive);
  }

  /** The same model with other static drives. */
  public SheetModel withDrive(Pair d) {
    return new SheetModel(inputSide, inputRate, inputKernel, sideE, sideI, p, weight, sigma, pIn,
        weightIn, sigmaIn, kernelE, kernelI, d);
  }

  /** N_E + N_I. */
  public int neurons() {
    return sideE * sideE + sideI * sideI;
  }

  /** The number of X cells. */
  public int inputs() {
    return inputSide * inputSide;
  }
}
