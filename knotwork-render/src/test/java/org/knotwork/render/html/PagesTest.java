package org.knotwork.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knotwork.draw.figure.Style;
import org.knotwork.regime.OrderParameters;
import org.knotwork.render.RenderedFiles;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.io.FrameData;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;
import org.knotwork.render.scene.Storyboard;

class PagesTest {
  private final Trajectory t = SyntheticTrajectories.gradientDescent(5, 3, 100, 10, 0.05, true);
  private final Storyboard sb = Storyboard.of(t, FrameSelection.uniformInTime(t, 11));

  @Test
  void viewerIsSelfContainedAndEmbedsTheFrameData() {
    String html = ViewerPage.html(sb);
    assertThat(html).doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("<link").doesNotContain(" src=");
    assertThat(html).contains(FrameData.toJson(sb).replace("</", "<\\/"));
    assertThat(html).doesNotContain("__KNOTWORK_").doesNotContain("/*__KNOTWORK");
    assertThat(ViewerPage.html(Storyboard.of(t, FrameSelection.uniformInTime(t, 11))))
        .isEqualTo(html);
  }

  @Test
  void titlesCannotBreakOutOfThePage() {
    Trajectory evil = new Trajectory("</script><b>x</b>", t.data(), t.initial(), t.frames(),
        t.events(), t.spectrumLabel(), Map.of("note", "</script>"));
    String html = ViewerPage.html(Storyboard.of(evil, FrameSelection.uniformInTime(evil, 4)));
    assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(2);
    assertThat(html).contains("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void reportShowsSpecMetricsAndLinksEveryFile() {
    RenderedFiles files = new RenderedFiles(
        Map.of("loss", List.of(Path.of("figures", "loss.png"), Path.of("figures", "loss.svg"))),
        Path.of("dynamics.gif"), Path.of("dynamics.mp4"),
        List.of(Path.of("dynamics.frames.json")), Path.of("viewer.html"), null);
    String html = ReportPage.html(t, sb, files);
    assertThat(html).contains("href=\"viewer.html\"", "src=\"figures/loss.png\"",
        "href=\"figures/loss.svg\"", "src=\"dynamics.mp4\"", "src=\"dynamics.gif\"",
        "href=\"dynamics.frames.json\"");
    assertThat(html).contains("<th>learningRate</th><td>0.05</td>");
    OrderParameters op = OrderParameters.measure(t.initial(), t.last().net(), t.data(),
        ReportPage.NEAR_DATA);
    assertThat(html).contains(Style.num(op.supToCubic()), Style.num(t.last().loss()));
    assertThat(ReportPage.metrics(t, sb)).containsEntry("recorded states",
        String.valueOf(t.size()));
  }
}
