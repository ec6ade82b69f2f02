package org.knotwork.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Version and git commit of this build, from resources written at build time
 * ({@code knotwork-version.properties} and the git-commit-id plugin's {@code knotwork-git.properties},
 * both generated in this module so that the CLI and every run record read the same values), and a
 * description of the running JVM.
 */
public final class BuildInfo {
  private static final Properties VERSION = load("/knotwork-version.properties");
  private static final Properties GIT = load("/knotwork-git.properties");

  private BuildInfo() {}

  /** Knotwork's version, e.g. 0.1.0-SNAPSHOT ("unknown" if the build resources are missing). */
  public static String version() {
    return VERSION.getProperty("version", "unknown");
  }

  /** The full git commit id the build was made from, with "-dirty" if the tree had changes. */
  public static String gitCommit() {
    String id = GIT.getProperty("git.commit.id", "unknown");
    return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
  }

  /** The running JVM: "java VERSION (VENDOR, VM NAME)". */
  public static String jvm() {
    return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + ", " + System.getProperty("java.vm.name") + ")";
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
