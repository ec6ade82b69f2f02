package org.knotwork.spiking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * The fixed-step engine (docs/spiking.md (P3) and &sect;5). Step i (time i&middot;dt, integer i, never
 * an accumulated sum) runs four separate passes:
 * <ol type="a">
 *   <li>every synapse class of every neuron: I += dt I'; I' &minus;= dt (I' (1/&tau;_r + 1/&tau;_d) +
 *       I/(&tau;_r &tau;_d)) with the new I;</li>
 *   <li>every source emits its spikes of times &le; t_i and they are delivered into I';</li>
 *   <li>every neuron: integrate (P1) by one forward-Euler step bounded below by V_lb, or count down
 *       its refractory period (V_th, then V_re at the last refractory step); V &ge; V_th outside the
 *       refractory period is a spike: refractory for Math.round(&tau;_ref/dt) steps, V = V_th;</li>
 *   <li>the spikes of step i, sorted by id, are delivered into I'.</li>
 * </ol>
 * A spike therefore changes currents, and potentials, from step i+1 on (zero delay).
 *
 * <p>Determinism: passes (a) and (c) are split into blocks of neurons (per-neuron work, any split
 * gives the same numbers); (b) and (d) are split into blocks of <em>target</em> cells, every block
 * scanning the whole sorted spike list and applying only the synapses that land in it (a binary
 * search in each sorted row), so that each I' receives its additions in the same order at any thread
 * count. Same network, same bytes, whatever {@code threads}.
 */
public final class Simulator implements AutoCloseable {
  /** The default smallest block of neurons a pass is split into. */
  public static final int MIN_BLOCK = 1024;

  private final Network network;
  private final double dt;
  private final boolean strictExp;
  private final ExecutorService pool;
  private final SpikeRecord record;
  private final int[] offsets;
  private final int[] refractorySteps;
  private final List<Callable<Void>> synapseTasks = new ArrayList<>();
  private final List<Callable<Void>> neuronTasks = new ArrayList<>();
  private final List<SpikeBuffer[]> neuronBlockSpikes = new ArrayList<>();
  private final List<Callable<Void>> feedforwardTasks = new ArrayList<>();
  private final List<Callable<Void>> recurrentTasks = new ArrayList<>();
  private long step;
  private long delivered;

  /**
   * An engine at step 0.
   *
   * @param network the network (its state arrays are updated in place)
   * @param dt the time step in ms, &gt; 0
   * @param threads worker threads, &ge; 1 (never changes a result)
   * @param strictExp {@code StrictMath.exp} (bit-reproducible across machines) or {@code Math.exp}
   * @param record where spikes are recorded, or null
   */
  public Simulator(Network network, double dt, int threads, boolean strictExp,
      SpikeRecord record) {
    this(network, dt, threads, strictExp, record, MIN_BLOCK);
  }

  /**
   * An engine at step 0 whose passes split populations into blocks of at least {@code minBlock}
   * neurons (tests use small blocks to exercise the split on small networks; results never depend
   * on it).
   */
  public Simulator(Network network, double dt, int threads, boolean strictExp,
      SpikeRecord record, int minBlock) {
    if (minBlock < 1) {
      throw new IllegalArgumentException("minBlock must be >= 1, got " + minBlock);
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be positive and finite, got " + dt);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.network = network;
    this.dt = dt;
    this.strictExp = strictExp;
    this.record = record;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "spiking-engine");
      t.setDaemon(true);
      return t;
    });
    List<Population> pops = network.populations();
    offsets = new int[pops.size()];
    refractorySteps = new int[pops.size()];
    for (int p = 0; p < pops.size(); p++) {
      offsets[p] = network.offset(p);
      refractorySteps[p] = pops.get(p).model().refractorySteps(dt);
      Population pop = pops.get(p);
      int blocks = Math.max(1, Math.min(threads, pop.size() / minBlock));
      SpikeBuffer[] bufs = new SpikeBuffer[blocks];
      neuronBlockSpikes.add(bufs);
      List<Projection> fromSources = new ArrayList<>();
      List<Projection> fromNeurons = new ArrayList<>();
      for (Projection pr : network.projections()) {
        if (pr.post() == pop) {
          (pr.pre() instanceof Source ? fromSources : fromNeurons).add(pr);
        }
      }
      for (int b = 0; b < blocks; b++) {
        int lo = (int) ((long) pop.size() * b / blocks);
        int hi = (int) ((long) pop.size() * (b + 1) / blocks);
        boolean whole = blocks == 1;
        int pi = p;
        bufs[b] = new SpikeBuffer();
        SpikeBuffer buf = bufs[b];
        synapseTasks.add(() -> {
          updateSynapses(pop, lo, hi);
          return null;
        });
        neuronTasks.add(() -> {
          updateNeurons(pop, refractorySteps[pi], lo, hi, buf);
          return null;
        });
        if (!fromSources.isEmpty()) {
          feedforwardTasks.add(() -> {
            deliver(fromSources, lo, hi, whole);
            return null;
          });
        }
        if (!fromNeurons.isEmpty()) {
          recurrentTasks.add(() -> {
            deliver(fromNeurons, lo, hi, whole);
            return null;
          });
        }
      }
    }
  }

  /** The current step (0 before the first). */
  public long currentStep() {
    return step;
  }

  /** The time step (ms). */
  public double dt() {
    return dt;
  }

  /** The network. */
  public Network network() {
    return network;
  }

  /** The number of synaptic events delivered so far (spikes times targets times classes). */
  public long deliveredEvents() {
    return delivered;
  }

  /** Advances one step: passes (a) to (d) of the class comment. */
  public void advance() {
    step++;
    run(synapseTasks);
    for (Source s : network.sources()) {
      s.emit(step, dt);
    }
    run(feedforwardTasks);
    run(neuronTasks);
    List<Population> pops = network.populations();
    for (int p = 0; p < pops.size(); p++) {
      SpikeBuffer all = pops.get(p).spikes();
      all.clear();
      for (SpikeBuffer b : neuronBlockSpikes.get(p)) {
        all.addAll(b);
      }
      if (record != null) {
        for (int k = 0; k < all.size(); k++) {
          record.add(step, offsets[p] + all.get(k));
        }
      }
    }
    run(recurrentTasks);
    for (Projection pr : network.projections()) {
      SpikeBuffer s = pr.pre().spikes();
      long events = 0;
      for (int k = 0; k < s.size(); k++) {
        events += pr.wiring().degree(s.get(k));
      }
      delivered += events * pr.classes().length;
    }
  }

  /** Advances {@code steps} steps, calling {@code after} with the step number after each. */
  public void run(long steps, LongConsumer after) {
    for (long k = 0; k < steps; k++) {
      advance();
      if (after != null) {
        after.accept(step);
      }
    }
  }

  private void updateSynapses(Population pop, int lo, int hi) {
    for (int k = 0; k < pop.classes().size(); k++) {
      SynapseKernel kern = pop.classes().get(k).kernel();
      double damping = kern.damping();
      double kick = kern.kick();
      double[] cur = pop.current[k];
      double[] rate = pop.currentRate[k];
      for (int j = lo; j < hi; j++) {
        double i = cur[j] + dt * rate[j];
        cur[j] = i;
        rate[j] -= dt * (rate[j] * damping + i * kick);
      }
    }
  }

  private void updateNeurons(Population pop, int refSteps, int lo, int hi, SpikeBuffer out) {
    out.clear();
    NeuronModel m = pop.model();
    double c = m.c();
    double gL = m.gL();
    double eL = pop.effectiveLeak();
    double drive = pop.driveCurrent();
    double vT = m.vT();
    double deltaT = m.deltaT();
    double vTh = m.vTh();
    double vRe = m.vRe();
    double vLb = m.vLb();
    double cap = m.exponentCap();
    boolean exponential = m.exponential();
    int nk = pop.classes().size();
    double[] frac = new double[nk];
    for (int k = 0; k < nk; k++) {
      frac[k] = pop.classes().get(k).fraction();
    }
    double[] v = pop.v;
    int[] ref = pop.refractory;
    double[][] cur = pop.current;
    // the common case of three classes at fraction 1 and C = 1 is specialised; since x * 1.0 == x
    // and y / 1.0 == y exactly, it gives the same bits as the general expression
    boolean unit = c == 1.0;
    boolean three = nk == 3 && frac[0] == 1.0 && frac[1] == 1.0 && frac[2] == 1.0;
    double[] c0 = nk > 0 ? cur[0] : null;
    double[] c1 = nk > 1 ? cur[1] : null;
    double[] c2 = nk > 2 ? cur[2] : null;
    double gLdeltaT = gL * deltaT;
    for (int j = lo; j < hi; j++) {
      int r = ref[j];
      double x = v[j];
      if (r <= 0) {
        double syn = drive;
        if (three) {
          syn += c0[j];
          syn += c1[j];
          syn += c2[j];
        } else {
          for (int k = 0; k < nk; k++) {
            syn += frac[k] * cur[k][j];
          }
        }
        double f = syn - gL * (x - eL);
        if (exponential) {
          double e = Math.min((x - vT) / deltaT, cap);
          f += gLdeltaT * (strictExp ? StrictMath.exp(e) : Math.exp(e));
        }
        double dx = unit ? dt * f : dt * f / c;
        x += Math.max(dx, vLb - x);
      } else {
        x = r > 1 ? vTh : vRe;
        r -= 1;
      }
      if (x >= vTh && r <= 0) {
        out.add(j);
        r = refSteps;
        x = vTh;
      }
      v[j] = x;
      ref[j] = r;
    }
  }

  private static void deliver(List<Projection> projections, int lo, int hi, boolean whole) {
    for (Projection pr : projections) {
      SpikeBuffer s = pr.pre().spikes();
      if (s.size() == 0) {
        continue;
      }
      Csr w = pr.wiring();
      int[] rowStart = w.rowStart();
      int[] target = w.target();
      Population post = pr.post();
      for (int cls : pr.classes()) {
        double inc = pr.weight() * post.classes().get(cls).kernel().kick();
        double[] rate = post.currentRate[cls];
        for (int k = 0; k < s.size(); k++) {
          int j = s.get(k);
          int end = rowStart[j + 1];
          if (whole) {
            for (int q = rowStart[j]; q < end; q++) {
              rate[target[q]] += inc;
            }
          } else {
            for (int q = w.lowerBound(j, lo); q < end; q++) {
              int t = target[q];
              if (t >= hi) {
                break;
              }
              rate[t] += inc;
            }
          }
        }
      }
    }
  }

  private void run(List<Callable<Void>> tasks) {
    if (pool == null || tasks.size() <= 1) {
      for (Callable<Void> t : tasks) {
        try {
          t.call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return;
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Stops the worker threads. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
