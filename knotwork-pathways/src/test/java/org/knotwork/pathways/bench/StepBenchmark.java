package org.knotwork.pathways.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.knotwork.common.linalg.DenseBlases;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.Architecture;
import org.knotwork.pathways.model.Initializers;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.model.Network;
import org.knotwork.pathways.model.NetworkEngine;
import org.knotwork.common.random.Rng;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Full-batch gradient steps per second (forward, loss, fused backward and update) of two linear
 * pathways on the 8-item, 15-feature data, the paper's setting (eps = (0.1/N)<sup>1/2</sup>, lr = 0.01,
 * sum loss). Not part of the test suite. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -B -pl knotwork-pathways -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp knotwork-pathways/target/test-classes:knotwork-pathways/target/classes:$(cat knotwork-pathways/target/bench.cp) \
 *     org.openjdk.jmh.Main StepBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StepBenchmark {
  /** Hidden width N. */
  @Param({"256", "1000"})
  public int width;

  /** Depth D of both pathways. */
  @Param({"4", "7"})
  public int depth;

  /** Engine threads. */
  @Param({"1", "2"})
  public int threads;

  /**
   * The dense products: {@code kernels} (the built-in bit-stable kernels) or a DenseBlas provider's
   * name ({@code openblas}: add knotwork-lapack/target/classes and the JavaCPP OpenBLAS jars to the
   * class path; see BENCHMARKS.md).
   */
  @Param({"kernels"})
  public String products;

  private Network net;
  private NetworkEngine engine;

  /** Builds the network and engine. */
  @Setup(Level.Trial)
  public void setUp() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(depth, depth), List.of(width, width),
        Activation.LINEAR, false);
    net = Initializers.gaussian(arch, Math.sqrt(0.1 / width), Rng.of(1, "bench"));
    engine = new NetworkEngine(arch, data, threads,
        products.equals("kernels") ? null : DenseBlases.named(products));
  }

  /** Releases the engine's threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** One gradient step; returns the loss so the work cannot be elided. */
  @Benchmark
  public double step() {
    double loss = engine.forward(net, LossConvention.SUM);
    engine.step(0.01);
    return loss;
  }
}
