package org.knotwork.multivariate.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.net.ShallowNet;
import org.knotwork.multivariate.study.MultivariateSpec;
import org.knotwork.multivariate.study.MultivariateStudy;

/**
 * Draws run directories of the {@code multivariate} kind (registered in {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}); the {@code figures} output is
 * {@code function.png}, {@code regions.png} and {@code regions-over-training.png} of {@link
 * MultivariateFigures}.
 */
public final class MultivariateRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return MultivariateStudy.NAME;
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    prepare(runDir, outputs);
    MultivariateSpec spec = (MultivariateSpec) RunDirectory.study(runDir).spec();
    Box box = Box.square(spec.data().radius());
    NpyArray data = Npy.read(runDir.resolve(MultivariateStudy.DATA));
    double[][] d = new double[data.shape()[0]][];
    for (int j = 0; j < d.length; j++) {
      d[j] = new double[] {data.doubles()[3 * j], data.doubles()[3 * j + 1],
          data.doubles()[3 * j + 2]};
    }
    List<ShallowNet> nets = MultivariateFigures.nets(
        Npy.read(runDir.resolve(MultivariateStudy.NETWORK)));
    ShallowNet first = nets.get(0);
    ShallowNet last = nets.get(nets.size() - 1);
    NumericCsv trace = NumericCsv.read(runDir.resolve(MultivariateStudy.TRACE), "trace",
        MultivariateStudy.TRACE_COLUMNS, 1);
    List<Path> out = new ArrayList<>();
    Path f = outDir.resolve("function.png");
    MultivariateFigures.write(MultivariateFigures.function(first, last, d, box), f);
    out.add(f);
    Path r = outDir.resolve("regions.png");
    MultivariateFigures.write(MultivariateFigures.regions(first, last, box), r);
    out.add(r);
    Path t = outDir.resolve("regions-over-training.png");
    MultivariateFigures.write(MultivariateFigures.regionsOverTraining(trace.column("step"),
        trace.column("regions"), trace.column("closed_form"), trace.column("lines")), t);
    out.add(t);
    return out;
  }
}
