/**
 * The study interface: one lab, many systems. A {@link org.knotwork.common.study.StudyKind} names its
 * spec record (defaults, strict reading naming fields by path, canonical text), runs it with a {@link
 * org.knotwork.common.study.StudyContext} (run directory, seed streams, threads, progress,
 * checkpoints, cancellation), and contributes its reproduction-catalog entries. Kinds are found at
 * run time by {@link org.knotwork.common.study.Studies} through {@link java.util.ServiceLoader}, and
 * every front end (run, rerun, sweep, reproduce, render) works for all of them; {@link
 * org.knotwork.common.study.StudyRenderer}s draw a kind's run directories. See ARCHITECTURE.md for
 * how to add a kind.
 */
package org.knotwork.common.study;
