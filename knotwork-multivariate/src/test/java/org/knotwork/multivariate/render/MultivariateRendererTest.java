package org.knotwork.multivariate.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.study.MultivariateStudy;

/** The renderer draws the example run: three PNGs, the partition with one colour per region. */
class MultivariateRendererTest {
  @TempDir
  Path tmp;

  @Test
  void rendersTheExampleRun() throws Exception {
    MultivariateStudy kind = new MultivariateStudy();
    Path run = tmp.resolve("run");
    RunDirectory.run(new Study<>(kind, kind.example()), run, RunDirectory.Options.of(1));
    List<Path> files = new MultivariateRenderer().render(run, tmp.resolve("out"), Set.of());
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("function.png", "regions.png", "regions-over-training.png");
    for (Path p : files) {
      BufferedImage img = ImageIO.read(p.toFile());
      assertThat(img.getWidth()).isGreaterThan(500);
    }
    assertThatThrownBy(() -> new MultivariateRenderer().render(run, tmp.resolve("x"),
        Set.of("gif"))).isInstanceOf(InputException.class).hasMessageContaining("only figures");
  }

  @Test
  void distinctPatternsGetDistinctColoursInPractice() {
    var net = new MultivariateStudy().example();
    Arrangement a = Arrangement.of(MultivariateStudy.initialNet(net, net.seed()),
        Box.square(1));
    Set<Integer> colours = new HashSet<>();
    a.cells().forEach(c -> colours.add(MultivariateFigures.patternColour(c.key()).getRGB()));
    assertThat(colours).hasSize(a.regions());
  }
}
