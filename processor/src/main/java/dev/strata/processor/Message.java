package dev.strata.processor;

import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The wording of every diagnostic, so that the texts users read (and search for) are written in
 * this one file: one constant per situation, with the {@link Code} it is reported under, a {@link
 * String#format} pattern and what each of its arguments is. A check passes only the names and
 * values involved. A pattern that names one argument twice refers to it by position ({@code %2$s}).
 */
enum Message {
  // not-a-class
  NOT_CONCRETE(
      Code.NOT_A_CLASS,
      "@Migration must be on a concrete class, but \"%s\" is %s; move it to a class",
      "class",
      "what it is (kindOf)"),
  INNER_CLASS(
      Code.NOT_A_CLASS,
      "@Migration class \"%s\" is an inner class, which needs an outer instance; declare it static",
      "class"),
  LOCAL_CLASS(
      Code.NOT_A_CLASS,
      "@Migration class \"%s\" is declared inside a method, where generated code cannot reach it;"
          + " move it to the top level",
      "class"),

  // not-instantiable
  PRIVATE_CLASS(
      Code.NOT_INSTANTIABLE,
      "@Migration class \"%s\" is private, so generated code cannot instantiate it; make it"
          + " package-private",
      "class"),
  INSIDE_PRIVATE_CLASS(
      Code.NOT_INSTANTIABLE,
      "@Migration class \"%s\" is inside private class \"%s\", so generated code cannot instantiate"
          + " it; make it package-private",
      "class",
      "private class"),
  PRIVATE_CONSTRUCTOR(
      Code.NOT_INSTANTIABLE,
      "the no-argument constructor of @Migration class \"%s\" is private, so generated code cannot"
          + " call it; make it package-private",
      "class"),
  NO_CONSTRUCTOR(
      Code.NOT_INSTANTIABLE,
      "@Migration class \"%s\" has no non-private no-argument constructor; add one, or an @Inject"
          + " constructor when Dagger builds it",
      "class"),

  // bad-version
  EMPTY_VERSION(
      Code.BAD_VERSION, "version is empty; write dot-separated numbers such as \"3\" or \"1.2\""),
  INVALID_VERSION(
      Code.BAD_VERSION,
      "version \"%s\" is not valid; write dot-separated numbers such as \"3\" or \"1.2\"",
      "version"),

  DUPLICATE_VERSION(
      Code.DUPLICATE_VERSION,
      "version \"%s\" is also declared by %s; give one of them another version",
      "version",
      "the other classes"),

  // missing-up
  MISSING_UP(
      Code.MISSING_UP,
      "@Migration class \"%s\" has no @Up method; add one: @Up void up(DSLContext db)",
      "class"),
  INHERITED_UP_ONLY(
      Code.MISSING_UP,
      "@Migration class \"%s\" has no @Up method (\"%s\" does not count: Strata methods are not"
          + " inherited); add one: @Up void up(DSLContext db)",
      "class",
      "superclass.method"),

  AMBIGUOUS_UP(
      Code.AMBIGUOUS_UP,
      "%1$s methods \"%2$s\" and \"%3$s\" both cover dialect %4$s; give each dialect one %1$s"
          + " method by narrowing their dialects",
      "@Up or @Down",
      "earlier method",
      "method",
      "dialect"),

  // bad-signature: the fix names the method's own parameter type when it has a valid one
  BAD_PARAMETERS(
      Code.BAD_SIGNATURE,
      "%1$s method \"%2$s\" must take one parameter, "
          + Mirrors.DSL_CONTEXT
          + " or "
          + Mirrors.MIGRATION_CONTEXT
          + ", but takes (%3$s); declare it as %4$s %2$s(MigrationContext db) for plain SQL or"
          + " %4$s %2$s(DSLContext db) for jOOQ's DSL",
      "annotation",
      "method",
      "parameter types",
      "return type"),
  BAD_RETURN(
      Code.BAD_SIGNATURE,
      "%1$s method \"%2$s\" must return %3$s, but returns %4$s; declare it as %3$s %2$s(%5$s db)",
      "annotation",
      "method",
      "return type",
      "declared return type",
      "parameter type"),
  BAD_RETURN_AND_PARAMETERS(
      Code.BAD_SIGNATURE,
      "%1$s method \"%2$s\" must return %3$s, but returns %4$s; declare it as %3$s"
          + " %2$s(MigrationContext db) for plain SQL or %3$s %2$s(DSLContext db) for jOOQ's DSL",
      "annotation",
      "method",
      "return type",
      "declared return type"),
  BAD_GATE_RETURN(
      Code.BAD_SIGNATURE,
      "@Gate method \"%1$s\" must return Evidence or boolean, but returns %2$s; declare it as"
          + " Evidence %1$s(%3$s db) and return Evidence.ok(..) or Evidence.notYet(..)",
      "method",
      "declared return type",
      "parameter type (DSLContext when it has no valid one)"),
  BAD_BACKFILL_PARAMETERS(
      Code.BAD_SIGNATURE,
      "@Backfill method \"%1$s\" must take the context and the batch's keys, but takes (%2$s);"
          + " declare it as int %1$s(MigrationContext db, KeyRange range) for plain SQL or int"
          + " %1$s(DSLContext db, KeyRange range) for jOOQ's DSL",
      "method",
      "declared parameter types"),
  BAD_BACKFILL_RETURN(
      Code.BAD_SIGNATURE,
      "@Backfill method \"%1$s\" must return int, the number of rows the batch changed, but"
          + " returns %2$s; declare it as int %1$s(%3$s db, KeyRange range)",
      "method",
      "declared return type",
      "context type (MigrationContext when it has no valid one)"),
  BACKFILL_WITH_ROLE(
      Code.BAD_SIGNATURE,
      "method \"%1$s\" is both @Backfill and %2$s, but a @Backfill method is called once per"
          + " batch with its keys and has no other role; give %2$s a method of its own",
      "method",
      "the other annotation"),
  TYPE_PARAMETERS(
      Code.BAD_SIGNATURE,
      "%s method \"%s\" must not declare type parameters; remove them",
      "annotation",
      "method"),
  BAD_MODIFIER(
      Code.BAD_SIGNATURE,
      "%1$s method \"%2$s\" must not be %3$s, so the generated registry can call it on the"
          + " migration; remove \"%3$s\"",
      "annotation",
      "method",
      "modifier"),
  BAD_THROWS(
      Code.BAD_SIGNATURE,
      "%s method \"%s\" must not throw %s; throw an Exception instead",
      "annotation",
      "method",
      "thrown type"),

  ORPHAN_ATTESTED(
      Code.ORPHAN_METHOD,
      "@Attested is on \"%1$s\", which has no @Migration, so nothing waits for the attestation;"
          + " annotate \"%1$s\" with @Migration, or remove @Attested",
      "class"),
  ORPHAN_METHOD(
      Code.ORPHAN_METHOD,
      "%1$s method \"%2$s\" is in \"%3$s\", which has no @Migration, so it never runs (Strata"
          + " methods are not inherited); annotate \"%3$s\" with @Migration, or move the method"
          + " into a @Migration class",
      "annotation",
      "method",
      "class"),

  // unknown-dependency
  DEPENDENCY_NOT_A_CLASS(
      Code.UNKNOWN_DEPENDENCY,
      "dependsOn names \"%s\", which is not a class, let alone a @Migration; remove it",
      "type"),
  DEPENDENCY_NOT_A_MIGRATION(
      Code.UNKNOWN_DEPENDENCY,
      "dependsOn names \"%s\", which is not a @Migration; remove it or annotate it with"
          + " @Migration",
      "class"),

  SELF_DEPENDENCY(
      Code.SELF_DEPENDENCY,
      "migration \"%1$s\" depends on itself; remove %1$s.class from dependsOn",
      "class"),

  DEPENDENCY_ORDER(
      Code.DEPENDENCY_ORDER,
      "\"%1$s\" (version %2$s) depends on \"%3$s\" (version %4$s), whose version is not lower;"
          + " give \"%1$s\" a version above %4$s, or remove the dependency",
      "class",
      "version",
      "dependency",
      "dependency's version"),

  DEPENDENCY_CYCLE(
      Code.DEPENDENCY_CYCLE,
      "migrations depend on each other in a cycle: %s; remove one of these dependsOn entries",
      "path (a -> b -> a)"),

  MISSING_DIALECT(
      Code.MISSING_DIALECT,
      "@Migration class \"%1$s\" has no %2$s method for dialect %3$s, which -A"
          + Options.DIALECTS
          + " requires; add %2$s(dialects = Dialect.%3$s) or list %3$s in an existing one",
      "class",
      "@Up or @Down",
      "dialect"),

  UP_AND_DOWN(
      Code.UP_AND_DOWN,
      "method \"%1$s\" is both @Up and @Down, so undoing the migration would apply it again; give"
          + " @Down a method of its own that reverts what \"%1$s\" does, or remove @Down",
      "method"),

  // bad-change
  EMPTY_CHANGE_NAME(
      Code.BAD_CHANGE,
      "@Change name is empty; name the change in lowercase letters, digits, '.', '_' and '-', such"
          + " as \"users-full-name\""),
  INVALID_CHANGE_NAME(
      Code.BAD_CHANGE,
      "@Change name \"%s\" is not valid: it must start with a lowercase letter or a digit and"
          + " have only lowercase letters, digits, '.', '_' and '-'; write it as \"%s\"",
      "name",
      "suggestion (changeName)"),
  CHANGE_WITHOUT_MIGRATION(
      Code.BAD_CHANGE,
      "@Change is on \"%1$s\", which has no @Migration, so it is the stage of no change;"
          + " annotate \"%1$s\" with @Migration, or remove @Change",
      "class"),

  // stage-order: reported on the later stage, or on the earlier when only it is compiled here
  STAGE_ORDER(
      Code.STAGE_ORDER,
      "\"%1$s\" (version %2$s) is stage %3$s of change \"%4$s\", but \"%5$s\" is at the earlier"
          + " stage %6$s with version %7$s, which is not lower, so the stages would apply out of"
          + " order; give \"%1$s\" a version above %7$s",
      "class",
      "version",
      "stage",
      "change",
      "earlier class",
      "earlier stage",
      "earlier version"),
  STAGE_ORDER_BEFORE(
      Code.STAGE_ORDER,
      "\"%1$s\" (version %2$s) is stage %3$s of change \"%4$s\", but \"%5$s\" is at the later"
          + " stage %6$s with version %7$s, which is not higher, so the stages would apply out of"
          + " order; give \"%1$s\" a version below %7$s",
      "class",
      "version",
      "stage",
      "change",
      "later class",
      "later stage",
      "later version"),

  MISSING_EXPAND(
      Code.MISSING_EXPAND,
      "change \"%1$s\" has %2$s but no EXPAND stage, neither in this compilation nor on the"
          + " classpath, so nothing adds the new shape beside the old one; add a migration with"
          + " @Change(name = \"%1$s\", stage = Stage.EXPAND) and a version below %3$s, or check the"
          + " change's name",
      "change",
      "its stages (a list such as \"stages BACKFILL and CONTRACT\")",
      "lowest version"),

  UNGATED_CONTRACT(
      Code.UNGATED_CONTRACT,
      "\"%1$s\" is the CONTRACT stage of change \"%2$s\" but has no @Gate and no @Attested, so"
          + " nothing shows that the old shape is unused before it is removed; add a @Gate method"
          + " that checks live evidence, or @Attested(\"what a person must confirm\"), or"
          + " @SuppressWarnings(\"strata:ungated-contract\") on \"%1$s\"",
      "class",
      "change"),

  // bad-backfill
  BACKFILL_IN_TRANSACTION(
      Code.BAD_BACKFILL,
      "@Backfill method \"%1$s\" commits each batch in a transaction of its own, but \"%2$s\" is"
          + " a transactional migration, which would hold every batch in one; declare it"
          + " @Migration(version = \"%3$s\", transactional = false)",
      "method",
      "class",
      "version"),
  TWO_BACKFILLS(
      Code.BAD_BACKFILL,
      "\"%1$s\" has two @Backfill methods, \"%2$s\" and \"%3$s\", but a migration has one progress"
          + " row, so it fills one table; move \"%3$s\" to a migration of its own",
      "class",
      "first method",
      "second method"),
  BLANK_BACKFILL_TABLE(
      Code.BAD_BACKFILL,
      "@Backfill table on method \"%s\" is empty; name the table whose rows the batches walk, such"
          + " as table = \"users\"",
      "method"),
  BLANK_BACKFILL_KEY(
      Code.BAD_BACKFILL,
      "@Backfill key on method \"%s\" is empty; name the table's key column, one unique column of"
          + " an integer, text or UUID type, such as key = \"id\"",
      "method"),
  BAD_BATCH_SIZE(
      Code.BAD_BACKFILL,
      "@Backfill batchSize = %s on method \"%s\" is below 1, so no batch would cover a key; write"
          + " how many keys a batch covers, such as the default 1000",
      "value",
      "method"),

  BAD_ATTRIBUTE(
      Code.BAD_ATTRIBUTE,
      "%s = %s on %s method \"%s\" is negative; write 0 for none, or a positive number",
      "attribute",
      "value",
      "@Up, @Down, @Gate or @Backfill",
      "method"),

  // bad-option
  BAD_REGISTRY_OPTION(
      Code.BAD_OPTION,
      "-A"
          + Options.REGISTRY
          + "=%s is not a valid class name; write a fully qualified name such as"
          + " com.acme.db.AppMigrations",
      "value"),
  BAD_DIALECTS_OPTION(
      Code.BAD_OPTION,
      "-A" + Options.DIALECTS + " names unknown dialect \"%s\"; write a comma-separated list of %s",
      "dialect",
      "dialects"),

  UNRESOLVED(
      Code.UNRESOLVED,
      "migration \"%s\" refers to types that never resolved, so it is not in the registry; fix"
          + " the compile errors about them, or check for a circular dependency with generated"
          + " code",
      "class"),

  LATE_MIGRATION(
      Code.LATE_MIGRATION,
      "migration \"%s\" was generated by another annotation processor after Strata wrote this"
          + " compilation's registry, so it cannot be listed; write it as source, or move it to a"
          + " compilation of its own",
      "class"),

  // partial-compilation: one migration left out, or several; the two differ in number only
  PARTIAL_COMPILATION_ONE(
      Code.PARTIAL_COMPILATION,
      "the registry lists only the migrations of this compilation, and 1 migration that an"
          + " earlier compilation into this output listed is not in it: %s. A new database would"
          + " not get it. This happens when a build recompiles only the changed sources (an IDE's"
          + " own incremental build can); rebuild the module, or let the IDE delegate builds to"
          + " Maven or Gradle. If you deleted or renamed it, a clean build removes the old class"
          + " files",
      "class"),
  PARTIAL_COMPILATION(
      Code.PARTIAL_COMPILATION,
      "the registry lists only the migrations of this compilation, and %s migrations that an"
          + " earlier compilation into this output listed are not in it: %s. A new database would"
          + " not get them. This happens when a build recompiles only the changed sources (an"
          + " IDE's own incremental build can); rebuild the module, or let the IDE delegate builds"
          + " to Maven or Gradle. If you deleted or renamed them, a clean build removes the old"
          + " class files",
      "how many",
      "classes (someOf)"),

  NO_CHECKSUM(
      Code.NO_CHECKSUM,
      "this compiler offers no syntax trees, so migration \"%s\" has no checksum and drift"
          + " detection is off for it; compile with javac to turn it on",
      "class"),

  INTERNAL(
      Code.INTERNAL,
      "the Strata processor failed (%s: %s); please report this bug with the source of this"
          + " migration",
      "exception type",
      "exception message");

  private final Code code;
  private final String pattern;
  private final List<String> arguments;

  /**
   * @param arguments what each argument of {@code pattern} is, in order
   */
  Message(Code code, String pattern, String... arguments) {
    this.code = code;
    this.pattern = pattern;
    this.arguments = List.of(arguments);
  }

  Code code() {
    return code;
  }

  /** What each argument of the pattern is, in the order {@link #format} takes them. */
  List<String> arguments() {
    return arguments;
  }

  /** The text as printed: the code's prefix, then the pattern filled in with {@code args}. */
  String format(Object... args) {
    if (args.length != arguments.size()) { // a processor bug; String.format ignores extra args
      throw new IllegalStateException(
          name() + " takes " + arguments + ", not " + args.length + " arguments");
    }
    return code.prefix() + String.format(pattern, args);
  }

  /** Up to five of {@code names}, then how many more: {@code "a, b, c, d, e and 4 more"}. */
  static String someOf(Collection<String> names) {
    List<String> shown = names.stream().limit(5).toList();
    int more = names.size() - shown.size();
    return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
  }

  /**
   * A valid change name close to {@code name}: lowercase, with {@code -} for each run of other
   * characters, and no leading separator.
   */
  static String changeName(String name) {
    String fixed =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[._-]+", "");
    return fixed.isEmpty() ? "users-full-name" : fixed;
  }

  /** What {@link #NOT_CONCRETE} says a type is instead of a concrete class. */
  static String kindOf(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default ->
          type.getModifiers().contains(Modifier.ABSTRACT)
              ? "abstract"
              : "a " + type.getKind().toString().toLowerCase();
    };
  }
}
