package org.knotwork.cli;

import org.knotwork.common.io.BuildInfo;
import picocli.CommandLine;

/**
 * {@code knotwork --version}: version and git commit of this build and the running JVM, as recorded
 * by {@link BuildInfo} (which every run record uses too).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"knotwork " + BuildInfo.version(), "commit " + BuildInfo.gitCommit(),
        "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
            + ")"};
  }
}
