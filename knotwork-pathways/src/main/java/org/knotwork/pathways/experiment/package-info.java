/**
 * Experiments as data: run specifications ({@link org.knotwork.pathways.experiment.PathwaysSpec}:
 * one run or an experiment; {@link org.knotwork.pathways.experiment.PhasePlaneSpec}) (records validated on construction), runners that return
 * result records, and the presets reproducing the authors' figures 3-8 and the unequal-depth
 * extension (notes &sect;3.2, &sect;2.4).
 *
 * <p>Entry points: {@link org.knotwork.pathways.experiment.NetworkRun} (one network),
 * {@link org.knotwork.pathways.experiment.Experiments} (a list of runs on the hierarchical data),
 * {@link org.knotwork.pathways.experiment.PhasePlane} (the reduced-model figure 3) and
 * {@link org.knotwork.pathways.experiment.Figures} (the presets, at a chosen
 * {@link org.knotwork.pathways.experiment.Scale}). The same spec gives the same numbers on any thread
 * count. Random draws cannot match the authors' PyTorch streams; seeds are kept only as labels of
 * independent draws.
 *
 * <p>Typical use (a CLI maps flags or a spec file onto the same calls):
 * <pre>{@code
 * ExperimentSpec spec = Figures.figure5(Scale.QUICK);
 * ExperimentResult r = Experiments.run(spec, threads, listener);
 * PhasePlaneResult f3 = PhasePlane.run(Figures.figure3());
 * NetworkRunResult one = NetworkRun.run(runSpec, DataTable.read(csv), threads, ProgressListener.NONE);
 * // as a study, into a run directory with spec.json and manifest.json:
 * RunDirectory.run(new Study<>(new PathwaysStudy(), spec), dir, RunDirectory.Options.of(threads));
 * }</pre>
 */
package org.knotwork.pathways.experiment;
