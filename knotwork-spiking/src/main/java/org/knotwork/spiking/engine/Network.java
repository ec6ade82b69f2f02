package org.knotwork.spiking.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Populations, sources and the projections between them. The order of each list is part of the
 * engine contract: it fixes the order in which spikes are delivered (docs/spiking.md &sect;5) and the
 * global ids of the spike record (populations in order, each a contiguous block).
 *
 * @param populations the neuron populations
 * @param sources the feedforward sources
 * @param projections the projections; each pre is one of the populations or sources, each post one
 *     of the populations
 */
public record Network(List<Population> populations, List<Source> sources,
    List<Projection> projections) {

  /** Validates names and membership, and copies. */
  public Network {
    populations = List.copyOf(populations);
    sources = List.copyOf(sources);
    projections = List.copyOf(projections);
    Set<String> names = new HashSet<>();
    for (Presynaptic p : all(populations, sources)) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("duplicate layer name " + p.name());
      }
    }
    for (Projection pr : projections) {
      if (!populations.contains(pr.post())
          || !(populations.contains(pr.pre()) || sources.contains(pr.pre()))) {
        throw new IllegalArgumentException("projection " + pr.pre().name() + "->"
            + pr.post().name() + " joins layers outside the network");
      }
    }
  }

  private static List<Presynaptic> all(List<Population> p, List<Source> s) {
    List<Presynaptic> out = new ArrayList<>(p);
    out.addAll(s);
    return out;
  }

  /** The population named {@code name}. */
  public Population population(String name) {
    return populations.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no population " + name));
  }

  /** The first global id of population {@code index} (populations in order). */
  public int offset(int index) {
    int o = 0;
    for (int k = 0; k < index; k++) {
      o += populations.get(k).size();
    }
    return o;
  }

  /** The number of neurons in all populations. */
  public int neurons() {
    return offset(populations.size());
  }

  /** The number of synapses of all projections. */
  public long synapses() {
    long s = 0;
    for (Projection p : projections) {
      s += p.wiring().synapses();
    }
    return s;
  }
}
