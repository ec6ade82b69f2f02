import java.nio.file.Path;
import org.knotwork.bench.BenchProblem;
import org.knotwork.bench.GradientDescent;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.loss.SweepLoss;

/**
 * Writes BenchProblem(N, N, seed 0) as DIR/net-N.json and DIR/data-N.csv (the files of
 * `./knotwork bench`) and prints the bench step size 0.5/|lambda|max (20 power iterations of the
 * exact HVP). Run with the launcher jar on the class path (bench/gd_step_cli.sh does).
 */
public class GdStepProblem {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    BenchProblem p = new BenchProblem(n, n, 0);
    DataCsv.write(dir.resolve("data-" + n + ".csv"), p.data());
    NetJson.write(dir.resolve("net-" + n + ".json"), p.initialNetwork());
    System.out.println(GradientDescent.stableStep(
        SweepLoss.of(p.data()).hessianOperator(p.initialNetwork()), 20));
  }
}
