package org.knotwork.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Version and git commit of this build, from resources written at build time
 * ({@code knotwork-version.properties} and the git-commit-id plugin's {@code git.properties}).
 */
public final class BuildInfo implements CommandLine.IVersionProvider {
  private static final Properties VERSION = load("/knotwork-version.properties");
  private static final Properties GIT = load("/knotwork-git.properties");

  /** Knotwork's version, e.g. 0.1.0-SNAPSHOT. */
  public static String version() {
    return VERSION.getProperty("version", "unknown");
  }

  /** The full git commit id the build was made from, with "-dirty" if the tree had changes. */
  public static String gitCommit() {
    String id = GIT.getProperty("git.commit.id", "unknown");
    return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"knotwork " + version(), "commit " + gitCommit(),
        "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
            + ")"};
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // leave empty: version() and gitCommit() then say "unknown"
    }
    return p;
  }
}
