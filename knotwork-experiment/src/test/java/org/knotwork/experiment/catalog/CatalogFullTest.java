package org.knotwork.experiment.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Variant;

/**
 * The full protocol of every entry (the notes' widths, draws, seeds and step caps): minutes on two
 * cores, so tagged slow; run with {@code -Dknotwork.excludedGroups=}.
 */
@Tag("slow")
class CatalogFullTest {

  @Test
  void everyEntryPassesItsFullProtocol() {
    try (CatalogContext context = new CatalogContext(Variant.FULL, 2)) {
      for (CatalogEntry e : new CatalogQuickTest().kinds().stream()
          .flatMap(k -> k.catalogEntries().stream()).toList()) {
        Outcome o = e.run(context);
        assertThat(o.failures()).as("%s failures: %s", e.id(), o.failures().stream()
            .map(m -> m.name() + " = " + m.value() + " (" + m.bound().text() + ")")
            .collect(Collectors.joining("; "))).isEmpty();
      }
    }
  }
}
