package org.knotwork.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a rendering wrote, by kind, as paths relative to the output directory.
 *
 * @param figures figure files (PNG and SVG), by figure name
 * @param gif the GIF, or null
 * @param mp4 the MP4, or null
 * @param frameData per-frame data files (JSON, CSVs), empty if no video or viewer was made
 * @param viewer the viewer page, or null
 * @param report the report page, or null
 */
public record RenderedFiles(Map<String, List<Path>> figures, Path gif, Path mp4,
    List<Path> frameData, Path viewer, Path report) {

  /** Copies the collections. */
  public RenderedFiles {
    figures = Map.copyOf(figures);
    frameData = List.copyOf(frameData);
  }
}
