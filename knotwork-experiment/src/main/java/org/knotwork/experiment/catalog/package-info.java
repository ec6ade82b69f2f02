/**
 * The spline lens's reproduction catalog: one {@link org.knotwork.common.catalog.CatalogEntry} per
 * claim of docs/spline-lens.md (&sect;5-&sect;7, &sect;10), each stating the claim and its
 * tolerance, measuring the numbers, deciding pass or fail, and returning figure-ready tables. The
 * {@code spline} and {@code regime} study kinds contribute them ({@link
 * org.knotwork.common.study.StudyKind#catalogEntries()}).
 *
 * <p>Entries are mathematics only: they build {@link org.knotwork.experiment.ExperimentSpec}s or call
 * the core directly, and return an {@link org.knotwork.common.catalog.Outcome}; the report package
 * writes outcomes to disk. Every entry has a {@link org.knotwork.common.catalog.Variant#QUICK}
 * variant sized for CI and a {@link org.knotwork.common.catalog.Variant#FULL} variant with the full
 * protocol. Training runs go through a shared {@link org.knotwork.common.catalog.CatalogContext},
 * which runs independent specs in parallel and computes each spec at most once, so entries that
 * share a run (E8, E9 and E10 share the ends of the regime ladder) pay for it once.
 */
package org.knotwork.experiment.catalog;
