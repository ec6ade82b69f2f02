/**
 * Experiments as data: run specifications (records validated on construction), runners that return
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
 * ExperimentSpec spec = Figures.figure5(Scale.QUICK);          // or SpecJson.readExperiment(path)
 * ExperimentResult r = Experiments.run(spec, threads, listener);
 * ResultWriter.writeExperiment(runDir, r);                     // org.knotwork.pathways.io
 * PhasePlaneResult f3 = PhasePlane.run(Figures.figure3());
 * NetworkRunResult one = NetworkRun.run(runSpec, DataCsv.read(csv), threads, ProgressListener.NONE);
 * }</pre>
 */
package org.knotwork.pathways.experiment;
