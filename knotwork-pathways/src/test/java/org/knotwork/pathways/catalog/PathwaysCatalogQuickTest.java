package org.knotwork.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;
import org.knotwork.pathways.study.PathwaysStudy;

/**
 * The pathways entries (moved from knotwork-experiment's catalog) run in their quick variant and
 * pass their claims at the stated tolerance, in one shared context as {@code reproduce --all} runs
 * them; they are contributed through the registry in the former order.
 */
class PathwaysCatalogQuickTest extends CatalogContract {
  static final List<String> IDS = List.of("pathways-fig3", "pathways-fig4", "pathways-fig5",
      "pathways-fig6", "pathways-fig7", "pathways-fig8", "pathways-unequal-depths");

  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new PathwaysStudy());
  }

  @Test
  void eachOutcomeListsARunnableSpecOfTheKindThatRan() {
    for (String id : IDS) {
      Outcome o = outcome(id);
      assertThat(o.specs()).hasSize(1);
      String kind = id.equals("pathways-fig3") ? "pathways-phase-plane" : "pathways";
      assertThat(Studies.read(SpecText.parse(o.specs().get(0), SpecText.Syntax.JSON, id), null)
          .kind().name()).isEqualTo(kind);
    }
  }

  @Test
  void theRegistryListsTheEntriesInOrderWithFigure3InTheDemo() {
    List<CatalogEntry> all = Studies.catalog();
    assertThat(all.stream().map(CatalogEntry::id).filter(i -> i.startsWith("pathways")))
        .containsExactlyElementsOf(IDS);
    for (CatalogEntry e : entries()) {
      assertThat(e.demo()).isEqualTo(e.id().equals("pathways-fig3"));
      assertThat(e.claim()).contains("docs/");
    }
    assertThat(Studies.entry("pathways-fig6").title()).contains("figure 6");
  }

  /** The quick numbers as before the move (same seeds, same protocol). */
  @Test
  void numbersAreThoseOfTheFormerCatalog() {
    assertThat(value("pathways-fig3", "mean winner share, sd 0.1, D = 13"))
        .isEqualTo(0.8864603730925481);
    assertThat(value("pathways-fig4", "growth per step / prediction, s = 15^(1/2)"))
        .isEqualTo(1.0144949729326742);
    assertThat(value("pathways-fig5", "specialisation index, D = 7"))
        .isEqualTo(0.9668108652155495);
    assertThat(value("pathways-fig6", "specialisation index, seed 128373"))
        .isEqualTo(0.9212407855538245);
    assertThat(value("pathways-fig7", "specialisation index, D = 3"))
        .isEqualTo(0.46823419765570096);
    assertThat(value("pathways-fig8", "SI(7) - SI(2)")).isEqualTo(0.8623432684934822);
    assertThat(value("pathways-unequal-depths", "shallow share of the top mode, D1-3-seed2"))
        .isEqualTo(0.7528864499299774);
  }

  double value(String id, String name) {
    return outcome(id).measurements().stream().filter(m -> m.name().equals(name))
        .findFirst().orElseThrow().value();
  }
}
