package org.knotwork.spiking.engine;

import java.util.List;

/**
 * A population of integrate-and-fire neurons as a structure of arrays (docs/spiking.md &sect;5): the
 * potentials {@link #v}, refractory counters {@link #refractory}, and per synapse class k the current
 * {@link #current}[k] and its derivative {@link #currentRate}[k]. The arrays are public for
 * inspection at every step; the simulator owns their updates.
 */
public final class Population implements Presynaptic {
  private final String name;
  private final NeuronModel model;
  private final List<SynapseClass> classes;
  private final double drive;
  private final DriveForm driveForm;
  private final SpikeBuffer spikes = new SpikeBuffer();

  /** Membrane potentials (mV). */
  public final double[] v;
  /** Refractory counters: &gt; 0 while refractory (steps left). */
  public final int[] refractory;
  /** Synaptic currents I_k per class k (&micro;A/cm&sup2;). */
  public final double[][] current;
  /** Their time derivatives I'_k. */
  public final double[][] currentRate;

  /** How a static drive &mu; (mV/ms) enters (P1): as a shift of E_L by &mu;&tau;_m, or as a current &mu;C. */
  public enum DriveForm {
    /** E_L &rarr; E_L + &mu;&tau;_m, as the authors' code. */
    LEAK_SHIFT,
    /** An added current &mu;C (numerically equivalent up to rounding). */
    CURRENT
  }

  /**
   * A population at rest potential E_L, not refractory, with zero synaptic state.
   *
   * @param name unique name in its network
   * @param n number of neurons, &ge; 1
   * @param model the neuron parameters
   * @param classes its synapse classes, in the order their currents are summed
   * @param drive static drive &mu; in mV/ms
   * @param driveForm how the drive enters
   */
  public Population(String name, int n, NeuronModel model, List<SynapseClass> classes,
      double drive, DriveForm driveForm) {
    if (n < 1) {
      throw new IllegalArgumentException("population " + name + " needs >= 1 neuron, got " + n);
    }
    if (!Double.isFinite(drive)) {
      throw new IllegalArgumentException("drive must be finite, got " + drive);
    }
    this.name = name;
    this.model = model;
    this.classes = List.copyOf(classes);
    this.drive = drive;
    this.driveForm = driveForm;
    this.v = new double[n];
    java.util.Arrays.fill(v, model.eL());
    this.refractory = new int[n];
    this.current = new double[this.classes.size()][n];
    this.currentRate = new double[this.classes.size()][n];
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return v.length;
  }

  @Override
  public SpikeBuffer spikes() {
    return spikes;
  }

  /** The neuron parameters. */
  public NeuronModel model() {
    return model;
  }

  /** The synapse classes. */
  public List<SynapseClass> classes() {
    return classes;
  }

  /** The index of the class named {@code className}. */
  public int classIndex(String className) {
    for (int k = 0; k < classes.size(); k++) {
      if (classes.get(k).name().equals(className)) {
        return k;
      }
    }
    throw new IllegalArgumentException("population " + name + " has no synapse class "
        + className);
  }

  /** The static drive &mu; (mV/ms). */
  public double drive() {
    return drive;
  }

  /** How the drive enters. */
  public DriveForm driveForm() {
    return driveForm;
  }

  /** The leak reversal potential the update uses: E_L + &mu;&tau;_m for the leak-shift form. */
  public double effectiveLeak() {
    return driveForm == DriveForm.LEAK_SHIFT ? model.eL() + drive * model.tauM() : model.eL();
  }

  /** The constant current the update adds: &mu;C for the current form, else 0. */
  public double driveCurrent() {
    return driveForm == DriveForm.CURRENT ? drive * model.c() : 0;
  }
}
