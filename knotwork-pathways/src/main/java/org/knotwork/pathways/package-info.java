/**
 * Deep linear (and tanh/ReLU) networks with parallel pathways whose outputs are summed, trained by
 * full-batch gradient descent on one cost: the system of Shi, Shea-Brown and Buice, "Learning
 * dynamics of deep linear networks with multiple pathways" (NeurIPS 2022), built on the exact
 * solutions of Saxe, McClelland and Ganguli (2014, 2019).
 *
 * <p>Section numbers in the Javadoc ("notes &sect;2.4", "check 7") refer to the module's
 * theory {@code docs/deep-linear.md}. Sub-packages:
 * <ul>
 *   <li>{@link org.knotwork.pathways.data}: input-output data sets (the hierarchical 8-item,
 *       15-feature table, binary trees of any depth, user tables) and the SVD of the input-output
 *       correlation with its degenerate blocks;
 *   <li>{@link org.knotwork.pathways.model}: architecture, weights, initialisations, forward pass,
 *       back-propagation and the fused gradient step;
 *   <li>{@link org.knotwork.pathways.analysis}: mode coordinates K<sub>j</sub> = U<sup>T</sup>
 *       &Omega;<sub>j</sub> V, basis-invariant pathway shares, the specialisation index, the
 *       conserved layer imbalances;
 *   <li>{@link org.knotwork.pathways.train}: the gradient-descent loop with recording;
 *   <li>{@link org.knotwork.pathways.theory}: the Saxe sigmoid, the deep balanced law and the
 *       reduced multi-pathway model with its invariants and end-state solver;
 *   <li>{@link org.knotwork.pathways.experiment}: run specifications, runners and the presets for
 *       the paper's figures 3-8 and the unequal-depth extension;
 *   <li>{@link org.knotwork.pathways.io}: CSV/JSON/NumPy files in and out (data tables, spec text,
 *       result files);
 *   <li>{@link org.knotwork.pathways.study}: the module as two study kinds of the lab, {@code
 *       pathways} (network runs and experiments) and {@code pathways-phase-plane} (the reduced
 *       model), run into the lab's common run directories;
 *   <li>{@link org.knotwork.pathways.catalog}: the module's reproduction-catalog entries.
 * </ul>
 * Figures and the K video of runs are drawn by {@link org.knotwork.pathways.render} with the
 * generic drawing toolkit of knotwork-draw (not the spline core).
 *
 * <p>Time units. The theory's time t is gradient-flow time for the loss
 * L = &frac12; &sum;<sub>i</sub> &Vert;y<sub>i</sub> &minus; &ycirc;<sub>i</sub>&Vert;<sup>2</sup>:
 * one gradient step with learning rate lr advances t by lr. With the authors' loss (sum of squares
 * without &frac12;) the gradient is twice as large, so one step advances t by 2 lr (notes &sect;2.1).
 * {@link org.knotwork.pathways.model.LossConvention#timePerStep(double)} converts.
 */
package org.knotwork.pathways;
