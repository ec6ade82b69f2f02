/**
 * Self-contained HTML: the interactive viewer (one file per run, inline script and style, the
 * per-frame data embedded as JSON, no network access) and the run report gathering spec, metrics,
 * figures, videos and the viewer.
 */
package org.knotwork.render.html;
