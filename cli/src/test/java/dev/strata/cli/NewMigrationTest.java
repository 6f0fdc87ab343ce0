package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationTest {

  @TempDir Path src;

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
  }

  /** A registry of one migration, as another module's generated registry would be. */
  private static MigrationRegistry registryWithVersion(String version) {
    MigrationStep up = new MigrationStep("up", Set.of(Dialect.H2), 0, 0, db -> {});
    MigrationDescriptor m =
        new MigrationDescriptor(
            version,
            "from a jar",
            "com.other.FromJar",
            List.of(),
            true,
            List.of(),
            List.of(),
            null,
            List.of(up),
            List.of(),
            List.of(),
            List.of());
    return () -> List.of(m);
  }

  @Test
  void new_takesNextVersionAfterSources_andPackageOfNewest() throws IOException {
    write(
        src.resolve("shop/db/CreateBooks.java"),
        "package shop.db;",
        "@Migration(description = \"books (with titles)\", version = \"3.2\", dependsOn = {A.class})",
        "final class CreateBooks {}");
    write(
        src.resolve("shop/db/CreateAuthors.java"),
        "package shop.db;",
        "// @Migration(version = \"99\") is only a comment",
        "/** {@code @Migration(version = \"98\")} neither */",
        "@dev.strata.Migration(version = \"2\")",
        "final class CreateAuthors {}");

    CliRun run = CliRun.of(CliRun.isolated(), "new", "add email verified", "--dir", src.toString());

    Path file = src.resolve("shop/db/AddEmailVerified.java");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Created migration 4: " + file + "\n", run.out());
    String code = Files.readString(file);
    assertTrue(code.startsWith("package shop.db;\n"), code);
    assertTrue(
        code.contains(
            "@Migration(version = \"4\", description = \"add email verified\")\n"
                + "final class AddEmailVerified {"),
        code);
  }

  @Test
  void new_takesRegistryVersionsIntoAccount() {
    CliRun run =
        CliRun.of(
            CliRun.isolated().registry(registryWithVersion("41.7")),
            "new",
            "add reviews",
            "--package",
            "shop.db",
            "--dir",
            src.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Created migration 42: "), run.out());
  }

  @Test
  void new_inEmptyProject_withPackage_startsAtOne() {
    CliRun run =
        CliRun.of(
            CliRun.isolated(),
            "new",
            "create users",
            "--package",
            "app.db",
            "--dir",
            src.resolve("fresh").toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(src.resolve("fresh/app/db/CreateUsers.java")));
    assertTrue(run.out().startsWith("Created migration 1: "), run.out());
  }

  @Test
  void new_withoutPackageOrMigrations_saysWhatToPass() {
    CliRun run = CliRun.of(CliRun.isolated(), "new", "create users", "--dir", src.toString());

    assertEquals(ExitCode.USAGE.code(), run.exitCode());
    assertTrue(run.err().contains("pass --package"), run.err());
  }

  @Test
  void new_refusesToOverwrite() throws IOException {
    Path existing = src.resolve("app/db/CreateUsers.java");
    write(existing, "package app.db;", "// mine");

    CliRun run =
        CliRun.of(
            CliRun.isolated(),
            "new",
            "create users",
            "--package",
            "app.db",
            "--dir",
            src.toString());

    assertEquals(ExitCode.FILE.code(), run.exitCode());
    assertTrue(run.err().contains("already exists"), run.err());
    assertEquals("package app.db;\n// mine", Files.readString(existing));
  }

  @Test
  void new_withTakenVersion_refuses() throws IOException {
    write(
        src.resolve("app/db/CreateUsers.java"),
        "package app.db;",
        "@Migration(version = \"2025.1\") final class CreateUsers {}");

    CliRun run =
        CliRun.of(
            CliRun.isolated(), "new", "add x", "--version", "2025.1.0", "--dir", src.toString());

    assertEquals(ExitCode.USAGE.code(), run.exitCode());
    assertTrue(run.err().contains("version 2025.1.0 is taken by app.db.CreateUsers"), run.err());
  }

  @Test
  void className_fromDescription() {
    assertEquals("AddEmailVerified", NewMigration.className("add email verified"));
    assertEquals("AddUsersFullNameColumn", NewMigration.className("Add users.full_name column"));
    assertEquals("Migration2faSecrets", NewMigration.className("2fa secrets"));
    assertEquals("AddCafeNaive", NewMigration.className("add café naïve"));
    assertEquals(
        "AddStraßeΟδος", NewMigration.className("add straße οδός")); // accents go, letters stay
    assertEquals("ClassMigration", NewMigration.className("class"));
    assertEquals("StringMigration", NewMigration.className("string"));
    assertEquals("AddClass", NewMigration.className("add class"));
  }

  @Test
  void nextVersion_usesFirstSegmentOfTheHighest() {
    assertEquals("1", NewMigration.nextVersion(List.of()));
    assertEquals(
        "11",
        NewMigration.nextVersion(
            List.of(
                new NewMigration.Known("9", "a.A"),
                new NewMigration.Known("10.3", "a.B"),
                new NewMigration.Known("2", "a.C"))));
  }

  @Test
  void skeleton_compiles() throws IOException {
    CliRun run =
        CliRun.of(
            CliRun.isolated(),
            "new",
            "say \"hi\" \\ there",
            "--package",
            "app.db",
            "--dir",
            src.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path file = src.resolve("app/db/SayHiThere.java");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int result =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-d",
            src.resolve("classes").toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            file.toString());

    assertEquals(0, result, Files.readString(file));
    assertTrue(Files.readString(file).contains("description = \"say \\\"hi\\\" \\\\ there\""));
  }
}
