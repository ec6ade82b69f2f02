/**
 * Files in and out, for every module: atomic writes ({@link org.knotwork.common.io.AtomicFiles}),
 * SHA-256 digests, build information, the one input-error type ({@link
 * org.knotwork.common.io.InputException}: one line for the user, exit status 2), the strict JSON
 * mapper, NumPy {@code .npy}/{@code .npz} files and the numeric CSV reader.
 */
package org.knotwork.common.io;
