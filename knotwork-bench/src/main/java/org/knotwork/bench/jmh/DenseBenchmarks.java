package org.knotwork.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.knotwork.bench.BenchProblem;
import org.knotwork.bench.Operation;
import org.knotwork.bench.Workbench;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
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
 * The dense operations on N = H = size: the exact (3H+1)&sup2; Hessian, and its full symmetric
 * eigendecomposition (values and vectors), and the eigen-solve of {@code ./knotwork spectrum}
 * (values only, exact zero rows deflated first, docs/linalg.md (LA7)). The eigen rows run on the
 * backend the CLI uses: {@link EigenBackends#selected()}, native LAPACK (module
 * {@code knotwork-lapack}, a dependency of this one) where it loads, EJML with
 * {@code -Dknotwork.eigen=java}; {@link #backend} names it in the results. Single-shot timing: at
 * H = 1000 one eigen-solve takes seconds, so each iteration is one call (1 warm-up, 2 measured).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class DenseBenchmarks {
  /** N = H. */
  @Param({"100", "1000"})
  public int size;

  /** Seed of the problem. */
  @Param("0")
  public long seed;

  /** The eigen backend ("auto": the CLI's choice; "java" or "lapack" to force one). */
  @Param("auto")
  public String backend;

  private Workbench bench;
  private double[][] hessian;

  /** Builds the problem once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    System.setProperty(EigenBackends.PROPERTY, backend);
    BenchProblem problem = new BenchProblem(size, size, seed);
    bench = new Workbench(problem);
    hessian = SweepLoss.of(problem.data()).hessian(problem.initialNetwork());
  }

  /** The exact dense Hessian. */
  @Benchmark
  public double denseHessian() {
    return bench.run(Operation.DENSE_HESSIAN);
  }

  /** Full eigendecomposition of the dense Hessian. */
  @Benchmark
  public double eigen() {
    return bench.run(Operation.EIGEN);
  }

  /** The eigenvalues as {@code ./knotwork spectrum} computes them: zero rows deflated (LA7). */
  @Benchmark
  public double spectrumValues() {
    return SymmetricEigen.deflated(hessian, false).eigenvalues()[0];
  }
}
