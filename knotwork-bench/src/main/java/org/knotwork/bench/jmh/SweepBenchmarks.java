package org.knotwork.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.knotwork.bench.BenchProblem;
import org.knotwork.bench.Operation;
import org.knotwork.bench.Workbench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The O(N + H) operations (f on N points, gradient, GD step, Hessian-vector product, flow
 * right-hand side) on N = H = size, average time per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class SweepBenchmarks {
  /** N = H. */
  @Param({"100", "1000", "10000", "100000", "1000000"})
  public int size;

  /** Seed of the problem. */
  @Param("0")
  public long seed;

  private Workbench bench;

  /** Builds the problem once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    bench = new Workbench(new BenchProblem(size, size, seed));
  }

  /** f at the N data points. */
  @Benchmark
  public double values() {
    return bench.run(Operation.VALUES);
  }

  /** Loss and gradient from scratch. */
  @Benchmark
  public double gradient() {
    return bench.run(Operation.GRADIENT);
  }

  /** Loss and gradient through a reused workspace. */
  @Benchmark
  public double gradientWorkspace() {
    return bench.run(Operation.GRADIENT_WORKSPACE);
  }

  /** One full-batch gradient-descent step. */
  @Benchmark
  public double gdStep() {
    return bench.run(Operation.GD_STEP);
  }

  /** One Hessian-vector product. */
  @Benchmark
  public double hvp() {
    return bench.run(Operation.HVP);
  }

  /** The gradient-flow right-hand side with knot velocities. */
  @Benchmark
  public double flowRhs() {
    return bench.run(Operation.FLOW_RHS);
  }
}
