package org.knotwork.spiking.network;

import java.util.List;
import org.knotwork.common.random.Rng;
import org.knotwork.spiking.engine.Csr;
import org.knotwork.spiking.engine.Network;
import org.knotwork.spiking.engine.NeuronModel;
import org.knotwork.spiking.engine.PoissonSource;
import org.knotwork.spiking.engine.Population;
import org.knotwork.spiking.engine.Projection;
import org.knotwork.spiking.engine.Source;
import org.knotwork.spiking.engine.SynapseClass;

/**
 * Builds the two-layer network of a {@link SheetModel} (docs/spiking.md (P6), (P7)): populations E
 * (global ids 0 ... N_E &minus; 1) and I (then N_I more), each with synapse classes X, E, I in that
 * order; Poisson layer X (stream key "poisson/X"); projections X&rarr;E, X&rarr;I, E&rarr;E,
 * E&rarr;I, I&rarr;E, I&rarr;I, wired with stream keys "wire/XE", "wire/XI", "wire/EE", "wire/IE"
 * (post I, pre E), "wire/EI", "wire/II"; V(0) ~ U[V_re, V_T] from streams "v0/E", "v0/I".
 *
 * @param network the network
 * @param model the model it was built from
 */
public record SheetNetwork(Network network, SheetModel model) {

  /** Builds the network of {@code m} from {@code seed}. */
  public static SheetNetwork build(SheetModel m, long seed) {
    return build(m, seed, new PoissonSource("X", m.inputs(), m.inputRate(), seed, "poisson/X"));
  }

  /** Builds the network of {@code m} with a given X layer (a replay, for frozen input). */
  public static SheetNetwork build(SheetModel m, long seed, Source x) {
    if (x.size() != m.inputs()) {
      throw new IllegalArgumentException("the X layer has " + x.size() + " cells, the model "
          + m.inputs());
    }
    double scale = 1 / Math.sqrt(m.neurons());
    List<SynapseClass> classes = List.of(new SynapseClass("X", m.inputKernel(), 1),
        new SynapseClass("E", m.kernelE(), 1), new SynapseClass("I", m.kernelI(), 1));
    int ne = m.sideE() * m.sideE();
    int ni = m.sideI() * m.sideI();
    Population e = new Population("E", ne, NeuronModel.EIF_E, classes, m.drive().e(),
        Population.DriveForm.LEAK_SHIFT);
    Population i = new Population("I", ni, NeuronModel.EIF_I, classes, m.drive().i(),
        Population.DriveForm.LEAK_SHIFT);
    initialise(e, Rng.of(seed, "v0/E"));
    initialise(i, Rng.of(seed, "v0/I"));
    int sx = m.inputSide();
    int se = m.sideE();
    int si = m.sideI();
    Csr xe = TorusWiring.wire(sx, se, TorusWiring.outDegree(m.pIn().e(), ne), m.sigmaIn().e(),
        seed, "wire/XE");
    Csr xi = TorusWiring.wire(sx, si, TorusWiring.outDegree(m.pIn().i(), ni), m.sigmaIn().i(),
        seed, "wire/XI");
    Csr ee = TorusWiring.wire(se, se, TorusWiring.outDegree(m.p().ee(), ne), m.sigma().ee(), seed,
        "wire/EE");
    Csr ie = TorusWiring.wire(se, si, TorusWiring.outDegree(m.p().ie(), ni), m.sigma().ie(), seed,
        "wire/IE");
    Csr ei = TorusWiring.wire(si, se, TorusWiring.outDegree(m.p().ei(), ne), m.sigma().ei(), seed,
        "wire/EI");
    Csr ii = TorusWiring.wire(si, si, TorusWiring.outDegree(m.p().ii(), ni), m.sigma().ii(), seed,
        "wire/II");
    Block w = m.weight().times(scale);
    List<Projection> projections = List.of(
        Projection.of(x, e, xe, m.weightIn().e() * scale, "X"),
        Projection.of(x, i, xi, m.weightIn().i() * scale, "X"),
        Projection.of(e, e, ee, w.ee(), "E"),
        Projection.of(e, i, ie, w.ie(), "E"),
        Projection.of(i, e, ei, w.ei(), "I"),
        Projection.of(i, i, ii, w.ii(), "I"));
    return new SheetNetwork(new Network(List.of(e, i), List.of(x), projections), m);
  }

  private static void initialise(Population p, Rng rng) {
    NeuronModel m = p.model();
    for (int j = 0; j < p.size(); j++) {
      p.v[j] = rng.uniform(m.vRe(), m.vT());
    }
  }

  /** The E population. */
  public Population excitatory() {
    return network.populations().get(0);
  }

  /** The I population. */
  public Population inhibitory() {
    return network.populations().get(1);
  }
}
