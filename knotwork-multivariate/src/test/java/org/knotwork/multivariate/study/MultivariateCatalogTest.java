package org.knotwork.multivariate.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;

/** The multivariate kind's catalog entries, quick variants, through the common contract. */
class MultivariateCatalogTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new MultivariateStudy());
  }

  @Test
  void regionsAtInitChecksEveryWidthAndStaysBelowTheGlobalCount() {
    var o = outcome("multivariate-regions-at-init");
    assertThat(o.measurements().stream().filter(Measurement::checked)
        .filter(m -> m.name().startsWith("mean regions"))).hasSize(4);
    var t = o.tables().get(0);
    int mean = t.columns().indexOf("mean_regions");
    int global = t.columns().indexOf("global_max");
    for (List<Object> row : t.rows()) {
      assertThat((Double) row.get(mean)).isLessThan((Double) row.get(global));
    }
  }
}
