package dev.strata.cli;

import dev.strata.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Writes the skeleton of a new migration class under the next free version, so that nobody looks
 * versions up by hand. The versions taken are those of the registries on the classpath (other
 * modules' migrations, and this module's as last compiled) and those written in the sources under
 * the source folder (migrations not compiled yet).
 */
final class NewMigration {

  private static final Pattern MIGRATION = Pattern.compile("@(?:dev\\.strata\\.)?Migration\\s*\\(");
  private static final Pattern VERSION =
      Pattern.compile("\\bversion\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");

  /**
   * A migration already written.
   *
   * @param version its version
   * @param className its fully qualified class name (for sources: the package and the file name)
   */
  record Known(String version, String className) {

    String packageName() {
      int dot = className.lastIndexOf('.');
      return dot < 0 ? "" : className.substring(0, dot);
    }
  }

  /**
   * What {@link #write} created.
   *
   * @param file the new source file
   * @param version the version it declares
   */
  record Created(Path file, String version) {}

  /** {@code new} cannot do what was asked; the message says why and what to do. */
  static final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    Refused(ExitCode exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }

    ExitCode exitCode() {
      return exitCode;
    }
  }

  private NewMigration() {}

  /**
   * Writes the migration and returns where.
   *
   * @param packageName the package, or null for that of the newest known migration
   * @param version the version, or null for the next free one
   * @param known the migrations of the registries on the classpath
   */
  static Created write(
      String description, String packageName, String version, Path sourceDir, List<Known> known) {
    String className = className(description);
    List<Known> all = new ArrayList<>(known);
    all.addAll(scan(sourceDir));
    String pkg =
        packageName != null
            ? packageName
            : newest(all)
                .map(Known::packageName)
                .orElseThrow(
                    () ->
                        new Refused(
                            ExitCode.USAGE,
                            "no migration found under "
                                + sourceDir
                                + " or on the classpath to take the package from; pass --package com.example.migrations"));
    if (!pkg.isEmpty() && !SourceVersion.isName(pkg)) {
      throw new Refused(ExitCode.USAGE, "'" + pkg + "' is not a Java package name");
    }
    String chosen = version != null ? checkedVersion(version, all) : nextVersion(all);
    Path file = sourceDir.resolve(pkg.replace('.', '/')).resolve(className + ".java");
    try {
      Files.createDirectories(file.getParent());
      // CREATE_NEW: never overwrite, even if a file appears between a check and the write
      Files.writeString(
          file,
          render(pkg, className, chosen, description),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new Refused(
          ExitCode.FILE,
          file + " already exists; choose another description " + "or remove the file");
    } catch (IOException e) {
      throw new Refused(ExitCode.FILE, "cannot write " + file + ": " + e);
    }
    return new Created(file, chosen);
  }

  /**
   * {@code "add email verified"} becomes {@code AddEmailVerified}; accents are dropped ({@code "add
   * café"}: {@code AddCafe}), other letters kept, and a name that {@code java.lang} has ({@code
   * "class"}) gets {@code Migration} after it, since it would shadow that class in the file.
   */
  static String className(String description) {
    String plain = Normalizer.normalize(description, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder name = new StringBuilder();
    for (String word : plain.split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    if (name.length() > 0 && Character.isDigit(name.charAt(0))) {
      name.insert(0, "Migration"); // "2fa secrets" → Migration2faSecrets, a legal identifier
    }
    if (name.length() > 0 && String.class.getResource(name + ".class") != null) {
      name.append("Migration"); // "class" → ClassMigration, not java.lang.Class's name
    }
    String result = name.toString();
    if (!SourceVersion.isIdentifier(result) || SourceVersion.isKeyword(result)) {
      throw new Refused(
          ExitCode.USAGE,
          "cannot make a class name from '"
              + description
              + "'; describe the change in words, such as \"add email verified\"");
    }
    return result;
  }

  /** The first segment of the highest version plus one; {@code "1"} when there is none. */
  static String nextVersion(Collection<Known> known) {
    return newest(known)
        .map(k -> Version.parse(k.version()).segment(0).add(BigInteger.ONE).toString())
        .orElse("1");
  }

  private static String checkedVersion(String version, List<Known> known) {
    if (!valid(version)) {
      throw new Refused(
          ExitCode.USAGE,
          "version \""
              + version
              + "\" is not valid; write "
              + "dot-separated numbers such as \"3\" or \"1.2\"");
    }
    for (Known k : known) {
      if (valid(k.version()) && compare(k.version(), version) == 0) {
        throw new Refused(
            ExitCode.USAGE,
            "version "
                + version
                + " is taken by "
                + k.className()
                + "; leave --version out to get the next free one");
      }
    }
    return version;
  }

  private static Optional<Known> newest(Collection<Known> known) {
    return known.stream()
        .filter(k -> valid(k.version()))
        .max(Comparator.comparing(Known::version, NewMigration::compare));
  }

  private static boolean valid(String version) {
    return Version.parseOrNull(version) != null;
  }

  /** Segment by segment as numbers; trailing zero segments do not count (dev.strata.Version). */
  static int compare(String a, String b) {
    return Version.parse(a).compareTo(Version.parse(b));
  }

  /** The {@code @Migration} versions written in the Java sources under {@code dir}. */
  static List<Known> scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Known> found = new ArrayList<>();
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        found.addAll(migrationsIn(file));
      }
      return List.copyOf(found);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sources under " + dir, e);
    }
  }

  private static List<Known> migrationsIn(Path file) throws IOException {
    String code = JavaSource.withoutComments(Files.readString(file, StandardCharsets.UTF_8));
    Matcher pkg = PACKAGE.matcher(code);
    String prefix = pkg.find() ? pkg.group(1) + "." : "";
    String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
    List<Known> found = new ArrayList<>();
    Matcher migration = MIGRATION.matcher(code);
    while (migration.find()) {
      String arguments = JavaSource.parenthesized(code, migration.end() - 1);
      Matcher version = VERSION.matcher(arguments);
      if (version.find()) {
        found.add(new Known(version.group(1), prefix + simpleName));
      }
    }
    return found;
  }

  static String render(String pkg, String className, String version, String description) {
    String imports =
        String.join(
            "\n",
            List.of(
                "import dev.strata.Down;",
                "import dev.strata.Migration;",
                "import dev.strata.Up;",
                "import org.jooq.DSLContext;"));
    return (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n")
        + imports
        + "\n"
        + "\n"
        + "@Migration(version = \""
        + version
        + "\", description = \""
        + javaString(description)
        + "\")\n"
        + "final class "
        + className
        + " {\n"
        + "\n"
        + "  @Up\n"
        + "  void up(DSLContext db) {\n"
        + "    // the change, for example:\n"
        + "    // db.alterTable(\"users\").addColumn(\"email_verified\", SQLDataType.BOOLEAN).execute();\n"
        + "  }\n"
        + "\n"
        + "  @Down\n"
        + "  void down(DSLContext db) {\n"
        + "    // what reverts up(), for example:\n"
        + "    // db.alterTable(\"users\").dropColumn(\"email_verified\").execute();\n"
        + "  }\n"
        + "}\n";
  }

  private static String javaString(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
