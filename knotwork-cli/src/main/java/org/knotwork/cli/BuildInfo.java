package org.knotwork.cli;

import picocli.CommandLine;

/**
 * {@code knotwork --version}: version and git commit of this build and the running JVM, as recorded
 * by {@link org.knotwork.io.BuildInfo} (which every run record uses too).
 */
public final class BuildInfo implements CommandLine.IVersionProvider {

  /** Knotwork's version, e.g. 0.1.0-SNAPSHOT. */
  public static String version() {
    return org.knotwork.io.BuildInfo.version();
  }

  /** The full git commit id the build was made from, with "-dirty" if the tree had changes. */
  public static String gitCommit() {
    return org.knotwork.io.BuildInfo.gitCommit();
  }

  @Override
  public String[] getVersion() {
    return new String[] {"knotwork " + version(), "commit " + gitCommit(),
        "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
            + ")"};
  }
}
