package org.knotwork.spiking.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A naive reference of the step of docs/spiking.md (P3) with dense synapse-count matrices, written
 * independently of {@link Simulator}: no blocks, no CSR, one loop per phase. Sources must be replays
 * given here as arrays.
 */
final class DenseReference {
  private final Network net;
  private final double dt;
  private final List<int[][]> counts = new ArrayList<>();
  private final long[][] replaySteps;
  private final int[][] replayIds;
  final double[][] v;
  final int[][] ref;
  final double[][][] cur;
  final double[][][] rate;
  final List<long[]> spikes = new ArrayList<>();

  DenseReference(Network net, double dt, long[][] replaySteps, int[][] replayIds) {
    this.net = net;
    this.dt = dt;
    this.replaySteps = replaySteps;
    this.replayIds = replayIds;
    for (Projection p : net.projections()) {
      int[][] c = new int[p.post().size()][p.pre().size()];
      for (int j = 0; j < p.pre().size(); j++) {
        for (int q = p.wiring().rowStart()[j]; q < p.wiring().rowStart()[j + 1]; q++) {
          c[p.wiring().target()[q]][j]++;
        }
      }
      counts.add(c);
    }
    int np = net.populations().size();
    v = new double[np][];
    ref = new int[np][];
    cur = new double[np][][];
    rate = new double[np][][];
    for (int p = 0; p < np; p++) {
      Population pop = net.populations().get(p);
      v[p] = pop.v.clone();
      ref[p] = pop.refractory.clone();
      cur[p] = new double[pop.classes().size()][pop.size()];
      rate[p] = new double[pop.classes().size()][pop.size()];
    }
  }

  void run(int steps) {
    List<Population> pops = net.populations();
    for (int i = 1; i <= steps; i++) {
      // (a)
      for (int p = 0; p < pops.size(); p++) {
        for (int k = 0; k < pops.get(p).classes().size(); k++) {
          SynapseKernel kern = pops.get(p).classes().get(k).kernel();
          for (int j = 0; j < pops.get(p).size(); j++) {
            cur[p][k][j] += dt * rate[p][k][j];
            rate[p][k][j] -= dt * (rate[p][k][j] * kern.damping() + cur[p][k][j] * kern.kick());
          }
        }
      }
      // (b): spikes of the replays at step i
      List<List<Integer>> fired = new ArrayList<>();
      for (int s = 0; s < net.sources().size(); s++) {
        List<Integer> f = new ArrayList<>();
        for (int q = 0; q < replaySteps[s].length; q++) {
          if (replaySteps[s][q] == i) {
            f.add(replayIds[s][q]);
          }
        }
        fired.add(f);
      }
      deliver(fired, true);
      // (c)
      List<List<Integer>> popSpikes = new ArrayList<>();
      int offset = 0;
      for (int p = 0; p < pops.size(); p++) {
        Population pop = pops.get(p);
        NeuronModel m = pop.model();
        List<Integer> f = new ArrayList<>();
        for (int j = 0; j < pop.size(); j++) {
          if (ref[p][j] <= 0) {
            double syn = pop.driveCurrent();
            for (int k = 0; k < pop.classes().size(); k++) {
              syn += pop.classes().get(k).fraction() * cur[p][k][j];
            }
            double f0 = syn - m.gL() * (v[p][j] - pop.effectiveLeak());
            if (m.exponential()) {
              f0 += m.gL() * m.deltaT() * StrictMath.exp(Math.min((v[p][j] - m.vT()) / m.deltaT(),
                  (m.vTh() - m.vT()) / m.deltaT()));
            }
            v[p][j] += Math.max(dt * f0 / m.c(), m.vLb() - v[p][j]);
          } else {
            v[p][j] = ref[p][j] > 1 ? m.vTh() : m.vRe();
            ref[p][j]--;
          }
          if (v[p][j] >= m.vTh() && ref[p][j] <= 0) {
            f.add(j);
            ref[p][j] = (int) Math.round(m.tauRef() / dt);
            v[p][j] = m.vTh();
            spikes.add(new long[] {i, offset + j});
          }
        }
        popSpikes.add(f);
        offset += pop.size();
      }
      // (d)
      deliver(popSpikes, false);
    }
  }

  private void deliver(List<List<Integer>> fired, boolean fromSources) {
    List<Population> pops = net.populations();
    for (int q = 0; q < net.projections().size(); q++) {
      Projection pr = net.projections().get(q);
      boolean isSource = pr.pre() instanceof Source;
      if (isSource != fromSources) {
        continue;
      }
      int preIndex = isSource ? net.sources().indexOf(pr.pre()) : pops.indexOf(pr.pre());
      int post = pops.indexOf(pr.post());
      for (int cls : pr.classes()) {
        double inc = pr.weight() * pr.post().classes().get(cls).kernel().kick();
        for (int j : fired.get(preIndex)) {
          for (int t = 0; t < pr.post().size(); t++) {
            for (int c = 0; c < counts.get(q)[t][j]; c++) {
              rate[post][cls][t] += inc;
            }
          }
        }
      }
    }
  }
}
