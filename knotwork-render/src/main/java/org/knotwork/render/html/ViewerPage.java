package org.knotwork.render.html;

import java.nio.file.Path;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.render.io.FrameData;
import org.knotwork.render.scene.Storyboard;

/**
 * The interactive viewer of one run: a single self-contained HTML file (inline CSS and script, no
 * external resources, works offline) with play/pause, a time scrubber and four linked canvas views
 * (function space, spline space, loss with time cursor, spectrum) plus hover read-outs. The drawn
 * data are the storyboard's per-frame data ({@link FrameData#toJson}) embedded verbatim, so the
 * page and the data files agree exactly. Deterministic: the same storyboard gives the same bytes.
 */
public final class ViewerPage {
  private ViewerPage() {}

  /** The page's HTML text. */
  public static String html(Storyboard sb) {
    String json = FrameData.toJson(sb).replace("</", "<\\/");
    String title = Templates.escape(sb.scene().title());
    return Templates.resource("viewer.html")
        .replace("/*__KNOTWORK_CSS__*/", Templates.resource("viewer.css"))
        .replace("/*__KNOTWORK_JS__*/", Templates.resource("viewer.js"))
        .replace("__KNOTWORK_TITLE__", title)
        .replace("__KNOTWORK_DATA__", json);
  }

  /** Writes the page to {@code file}. */
  public static void write(Path file, Storyboard sb) {
    AtomicFiles.writeString(file, html(sb));
  }
}
