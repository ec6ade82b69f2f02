package org.knotwork.multivariate.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.net.ShallowNet;
import org.knotwork.multivariate.render.MultivariateFigures;

/** The study-kind contract for {@code multivariate}, and what its files say. */
class MultivariateStudyTest extends StudyKindContract<MultivariateSpec> {

  @Override
  protected StudyKind<MultivariateSpec> kind() {
    return new MultivariateStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("width", "0", "width must be in [1, 4096]"),
        new BadField("init.scheme", "xavier", "must be one of gaussian, uniform"),
        new BadField("init.inputWeight", "0", "inputWeight must be a finite number > 0"),
        new BadField("data.points", "10", "square number"),
        new BadField("data.function", "spiral", "must be one of xor, ring, ridge"),
        new BadField("training.learningRate", "-1", "learningRate must be a finite number > 0"),
        new BadField("training.recordEvery", "0", "recordEvery must be >= 1"));
  }

  @Override
  protected MultivariateSpec smallSpec() {
    // a grid layout, to exercise it (the example uses random points)
    MultivariateSpec e = kind().example();
    return new MultivariateSpec(e.seed(), e.width(), e.init(),
        new MultivariateSpec.Data("ring", "grid", 25, 1.5), e.training());
  }

  @Test
  void theFilesAgreeWithEachOtherAndTheLossFalls() {
    MultivariateStudy kind = new MultivariateStudy();
    MultivariateSpec s = kind.example();
    Path dir = tmp.resolve("files");
    RunDirectory.run(new Study<>(kind, s), dir, RunDirectory.Options.of(1));
    NumericCsv trace = NumericCsv.read(dir.resolve(MultivariateStudy.TRACE), "trace",
        MultivariateStudy.TRACE_COLUMNS, 2);
    double[] loss = trace.column("loss");
    assertThat(loss[loss.length - 1]).isLessThan(loss[0]);
    assertThat(trace.column("step")[trace.size() - 1]).isEqualTo(s.training().steps());
    // random lines: the exact count equals the closed form at every frame
    assertThat(trace.column("regions")).containsExactly(trace.column("closed_form"));
    NpyArray network = Npy.read(dir.resolve(MultivariateStudy.NETWORK));
    NpyArray hyper = Npy.read(dir.resolve(MultivariateStudy.HYPERPLANES));
    assertThat(network.shape()).containsExactly(trace.size(), 4 * s.width() + 1);
    assertThat(hyper.shape()).containsExactly(trace.size(), s.width(), 3);
    List<ShallowNet> nets = MultivariateFigures.nets(network);
    // the recorded initial net is the spec's, and every frame's regions recompute
    assertThat(nets.get(0)).isEqualTo(MultivariateStudy.initialNet(s, s.seed()));
    Box box = Box.square(s.data().radius());
    for (int f = 0; f < nets.size(); f++) {
      assertThat((double) Arrangement.of(nets.get(f), box).regions())
          .isEqualTo(trace.column("regions")[f]);
      double[] theta = nets.get(f).toHyperplane().angles();
      for (int i = 0; i < s.width(); i++) {
        assertThat(hyper.doubles()[(f * s.width() + i) * 3]).isEqualTo(theta[i]);
      }
    }
    assertThat(RunDirectory.manifest(dir).metrics()).containsKeys("finalLoss", "regionsAtInit",
        "closedFormAtInit");
  }
}
