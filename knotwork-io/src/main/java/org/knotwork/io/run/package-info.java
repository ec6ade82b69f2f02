/**
 * Files of a training run ({@code org.knotwork.train}): a {@link org.knotwork.io.run.RunRecorder}
 * listener streams metrics, snapshots and events to CSV, writes checkpoints, and on resume restores
 * the files to the checkpoint so that a run killed at any moment ends with the same bytes as an
 * uninterrupted one.
 *
 * <p>Files in the run directory (every CSV has a header and loads with {@code pandas.read_csv}):
 * <ul>
 *   <li>{@code data.csv} and {@code init.json}: the training data and the initial network, written
 *       when the run starts, so the directory is self-contained (rendering reads them);</li>
 *   <li>{@code metrics.csv}: {@code step,time,loss,grad_norm}, one row per progress report;</li>
 *   <li>{@code snapshots.csv}: {@code snapshot,step,time,loss,grad_norm,c}, one row per snapshot;</li>
 *   <li>{@code snapshot_neurons.csv}: {@code snapshot,neuron,w,b,v,beta,mu,s,delta}, one row per
 *       neuron and snapshot (long format), in both coordinate systems, with the balance
 *       &delta; = w&sup2; + b&sup2; &minus; v&sup2; (S5); beta is NaN for a neuron without a knot;</li>
 *   <li>{@code events.csv}: {@code time,neuron,data_index,kind} (kind: enter, leave, pin,
 *       release_active, release_inactive, death, flip; data_index &minus;1 for flips);</li>
 *   <li>{@code net.json}: the final network {@code {"w":[..],"b":[..],"v":[..],"c":..}};</li>
 *   <li>{@code result.json}: why and where the run stopped.</li>
 * </ul>
 * While the run is going, the CSVs are {@code *.csv.part} files and a {@code checkpoint.json} holds
 * the last checkpoint with the byte length each part file had then. At the end the checkpoint is
 * removed, {@code net.json} and {@code result.json} are written atomically and the part files renamed
 * (atomically) to their final names. Numbers are written in Java's shortest round-trip form.
 */
package org.knotwork.io.run;
