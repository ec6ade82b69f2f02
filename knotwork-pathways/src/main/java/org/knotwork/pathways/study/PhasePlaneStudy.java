package org.knotwork.pathways.study;

import org.knotwork.pathways.theory.ReducedModel;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.PhasePlane;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.io.ResultWriter;
import org.knotwork.pathways.io.SpecTrees;

/**
 * The study kind {@code pathways-phase-plane}: the reduced two-pathway model integrated from random
 * starts per depth and spread, with the exact end states and the vector field (the authors' figure
 * 3; notes deep-linear.md &sect;2.3, &sect;2.4, &sect;3.3). The spec is a {@link PhasePlaneSpec}
 * whose omitted fields take the figure-3 preset ({@link Figures#figure3()}); the run directory gets
 * the files of {@link ResultWriter#writePhasePlane}. No network, no data file; single-threaded, so
 * the bytes do not depend on the thread count.
 */
public final class PhasePlaneStudy implements StudyKind<PhasePlaneSpec> {
  /** The kind's name. */
  public static final String NAME = "pathways-phase-plane";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "the reduced two-pathway model's phase plane from random starts (figure 3 of Shi et "
        + "al. 2022)";
  }

  @Override
  public Class<PhasePlaneSpec> specType() {
    return PhasePlaneSpec.class;
  }

  @Override
  public PhasePlaneSpec defaults() {
    return Figures.figure3();
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public PhasePlaneSpec example() {
    return new PhasePlaneSpec(List.of(2, 8), List.of(0.1), 5, 10, 1, 0.01, 1000, 50,
        ReducedModel.Scheme.RK4, 3, 5);
  }

  @Override
  public PhasePlaneSpec read(SpecNode root) {
    return SpecTrees.readPhasePlane(root);
  }

  @Override
  public ObjectNode write(PhasePlaneSpec spec) {
    return SpecTrees.writePhasePlane(spec);
  }

  @Override
  public long seed(PhasePlaneSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 50;
  }

  @Override
  public StudyResult run(PhasePlaneSpec spec, StudyContext context) {
    context.progress().report(NAME, 0);
    PhasePlaneResult r = PhasePlane.run(spec);
    ResultWriter.writePhasePlane(context.directory(), r);
    Map<String, Object> m = new LinkedHashMap<>();
    for (PhasePlanePanel p : r.panels()) {
      String key = "D" + p.depth() + ".sd" + p.spread() + ".";
      m.put(key + "meanWinnerShare", p.stats().meanWinnerShare());
      m.put(key + "largerPWins", p.stats().largerPWins());
      m.put(key + "maxSumError", p.stats().maxSumError());
    }
    context.progress().report(NAME, 1);
    return new StudyResult(true, "integrated " + r.panels().size() + " panels of "
        + spec.starts() + " starts", m);
  }
}
