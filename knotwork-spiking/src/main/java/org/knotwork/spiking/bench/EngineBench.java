package org.knotwork.spiking.bench;

import java.util.Locale;
import org.knotwork.spiking.engine.Simulator;
import org.knotwork.spiking.engine.SpikeRecord;
import org.knotwork.spiking.engine.SynapseKernel;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.network.SheetNetwork;

/**
 * Throughput of the engine (not a unit test; docs/spiking.md &sect;8): builds the two-layer sheet
 * network at a given scale, simulates it and prints wiring time, neuron updates per second and
 * synaptic events per second, with the rates. Usage: {@code EngineBench [scale] [ms] [threads]
 * [strict|fast] [tauDecayI]}, scale one of {@code ci} (X 10&sup2;, E 40&sup2;, I 20&sup2;), {@code
 * reduced} (25/100/50, the default) or {@code paper} (50/200/100).
 */
public final class EngineBench {
  private EngineBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    String scale = args.length > 0 ? args[0] : "reduced";
    double ms = args.length > 1 ? Double.parseDouble(args[1]) : 1000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    boolean strict = args.length <= 3 || !args[3].equals("fast");
    double tauI = args.length > 4 ? Double.parseDouble(args[4]) : 8;
    SheetModel m = switch (scale) {
      case "ci" -> SheetModel.HUANG_LAYER2.resized(10, 40, 20);
      case "paper" -> SheetModel.HUANG_LAYER2;
      default -> SheetModel.HUANG_LAYER2.resized(25, 100, 50);
    };
    m = m.withInhibition(new SynapseKernel(1, tauI));
    double dt = 0.05;
    long t0 = System.nanoTime();
    SheetNetwork net = SheetNetwork.build(m, 1);
    long t1 = System.nanoTime();
    SpikeRecord rec = new SpikeRecord(Integer.MAX_VALUE - 8);
    long steps = Math.round(ms / dt);
    long events;
    try (Simulator s = new Simulator(net.network(), dt, threads, strict, rec)) {
      s.run(steps, null);
      events = s.deliveredEvents();
    }
    long t2 = System.nanoTime();
    double sim = (t2 - t1) / 1e9;
    int n = net.network().neurons();
    int ne = net.excitatory().size();
    long spikesE = 0;
    for (int k = 0; k < rec.size(); k++) {
      if (rec.id(k) < ne) {
        spikesE++;
      }
    }
    double sec = ms / 1000;
    System.out.printf(Locale.ROOT, "scale=%s neurons=%d synapses=%d dt=%.3f ms=%.0f threads=%d "
        + "exp=%s tauDecayI=%.1f%n", scale, n, net.network().synapses(), dt, ms, threads,
        strict ? "StrictMath" : "Math", tauI);
    System.out.printf(Locale.ROOT, "wiring %.2f s; simulation %.2f s (%.2f x real time)%n",
        (t1 - t0) / 1e9, sim, sim / sec);
    System.out.printf(Locale.ROOT, "neuron updates/s %.3e; synaptic events/s %.3e (%d events)%n",
        n * (double) steps / sim, events / sim, events);
    System.out.printf(Locale.ROOT, "rates E %.2f Hz, I %.2f Hz (whole run)%n",
        spikesE / (ne * sec), (rec.size() - spikesE) / ((n - ne) * sec));
  }
}
