package dev.strata.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a user's Maven project is built as the docs tell users to, against this build's Strata,
 * without touching {@code ~/.m2}: Strata's artifacts (the jars on this test's class path, which the
 * reactor has just packaged, with their modules' POMs) are installed into a repository of the
 * test's own, which the child Maven uses as its local repository; every other artifact resolves
 * from the user's local repository, served to the child as a {@code file://} remote, and, when this
 * build is online, from Maven Central (into the test's repository). The child runs offline when
 * this build does.
 *
 * <p>Commands run in {@code bash} with {@code mvn} on the {@code PATH} standing for that child
 * Maven ({@code -B -q}, the test's settings and repository).
 */
final class UserBuild {

  private static final String GROUP = "dev.strata";
  private static final List<String> MODULES = List.of("annotations", "runtime", "processor", "cli");

  private final Path folder;
  private final Path bin;

  private UserBuild(Path folder, Path bin) {
    this.folder = folder;
    this.bin = bin;
  }

  /**
   * Prepares {@code folder} (under {@code target/}): the test's repository and settings, and the
   * {@code mvn} that uses them. Strata's artifacts are installed later, by {@link
   * #installStrata()}, as the docs' install step.
   */
  static UserBuild in(Path folder) throws IOException {
    Path bin = Files.createDirectories(folder.resolve("bin"));
    Path repository = Files.createDirectories(folder.resolve("repository"));
    Path settings = folder.resolve("settings.xml");
    Files.writeString(settings, settings(property("strata.user.repository")));
    List<String> mvn = new ArrayList<>();
    mvn.add(Path.of(property("strata.maven.home"), "bin", "mvn").toString());
    mvn.addAll(List.of("-B", "-q", "-Dstyle.color=never", "-s", settings.toString()));
    mvn.add("-Dmaven.repo.local=" + repository);
    mvn.add("-Daether.offline.protocols=file"); // offline, the user's repository still serves
    if (Boolean.parseBoolean(property("strata.offline"))) {
      mvn.add("-o");
    }
    Path script = bin.resolve("mvn");
    Files.writeString(
        script,
        "#!/bin/sh\n# Maven as the docs test runs it: its own settings and repository.\nexec "
            + String.join(" ", mvn.stream().map(UserBuild::quoted).toList())
            + " \"$@\"\n");
    if (!script.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + script + " executable");
    }
    return new UserBuild(folder, bin);
  }

  /**
   * Installs the reactor's Strata artifacts into the test's repository: what the docs' {@code mvn
   * install} in a clone of Strata does for a user's {@code ~/.m2}.
   */
  void installStrata() throws IOException {
    String version = property("strata.version");
    Path repository = folder.resolve("repository");
    Pattern jar = Pattern.compile("strata-(\\w+)-" + Pattern.quote(version) + "\\.jar");
    List<String> installed = new ArrayList<>();
    Path root = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      Matcher m = jar.matcher(path.getFileName().toString());
      if (m.matches() && MODULES.contains(m.group(1))) {
        Path module = path.getParent().getParent(); // <module>/target/<jar>
        install(repository, "strata-" + m.group(1), version, module.resolve("pom.xml"), path);
        installed.add(m.group(1));
        root = module.getParent();
      }
    }
    if (!installed.containsAll(MODULES)) {
      throw new IllegalStateException(
          "the docs test needs the jars the reactor packages, but the class path has only "
              + installed
              + " of "
              + MODULES
              + ": run it with mvn verify from the root (or with -pl integration-tests -am)");
    }
    install(repository, "strata-parent", version, root.resolve("pom.xml"), null);
  }

  /** Runs {@code commands} with bash in {@code workDir}, with {@code env} added. */
  Processes.Finished run(String commands, Path workDir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", "-c", commands).directory(workDir.toFile());
    Map<String, String> environment = builder.environment();
    List.of("STRATA_URL", "STRATA_USER", "STRATA_PASSWORD", "MAVEN_ARGS")
        .forEach(environment::remove);
    environment.put("PATH", bin + File.pathSeparator + environment.get("PATH"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("MAVEN_BASEDIR", workDir.toString()); // not the .mvn of a folder above
    environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1"); // starts faster; the apps are tiny
    environment.putAll(env);
    return Processes.run(builder);
  }

  private static void install(Path repository, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path folder =
        Files.createDirectories(
            repository.resolve(GROUP.replace('.', '/')).resolve(artifact).resolve(version));
    String base = artifact + "-" + version;
    Files.copy(pom, folder.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, folder.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The user's repository as a remote of releases, checksums not asked for (it has none). */
  private static String settings(String userRepository) {
    String repository =
        "<id>user-repository</id><url>"
            + Path.of(userRepository).toUri()
            + "</url><releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    return "<settings>\n  <profiles>\n    <profile>\n      <id>user-repository</id>\n"
        + "      <repositories><repository>"
        + repository
        + "</repository></repositories>\n"
        + "      <pluginRepositories><pluginRepository>"
        + repository
        + "</pluginRepository></pluginRepositories>\n"
        + "    </profile>\n  </profiles>\n"
        + "  <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>\n"
        + "</settings>\n";
  }

  /** Set by this module's pom.xml from the running Maven. */
  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run the docs test with Maven (mvn verify)");
    }
    return value;
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
