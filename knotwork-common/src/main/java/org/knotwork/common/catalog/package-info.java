/**
 * The reproduction catalog's model, shared by every study kind: a {@link
 * org.knotwork.common.catalog.CatalogEntry} states one claim of the theory (docs/) with its tolerance,
 * measures it in a {@link org.knotwork.common.catalog.Variant#QUICK} variant sized for CI or the
 * {@link org.knotwork.common.catalog.Variant#FULL} protocol, and returns an {@link
 * org.knotwork.common.catalog.Outcome}: checked and reported {@link
 * org.knotwork.common.catalog.Measurement}s, figure-ready {@link org.knotwork.common.catalog.Table}s
 * and {@link org.knotwork.common.catalog.Figure} descriptions. Entries are mathematics only; each
 * module contributes its own through {@link org.knotwork.common.study.StudyKind#catalogEntries()}, and
 * the reproduce front end writes outcomes to disk. A {@link
 * org.knotwork.common.catalog.CatalogContext} runs independent work in parallel and computes each
 * memoised value once, so entries sharing a run pay for it once.
 */
package org.knotwork.common.catalog;
