package dev.strata.processor;

import static dev.strata.processor.SourceFiles.literal;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.Dispatch.Line;
import dev.strata.processor.RegistryModel.Call;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the registry: a class listing every migration as literals, whose steps call the migration
 * methods directly (docs/architecture.md).
 *
 * <p>javac's time on the registry grows with its size, so each migration is a few short statements
 * of literals ({@code listing.migration(..)}, {@code listing.up(..)}, …) on the runtime's {@code
 * RegistryListing}, rather than nested constructor and {@code List.of} calls (javac resolves each
 * of those against every overload). Steps and checks are numbered; the registry implements the
 * runtime's {@code RegistryDispatch} with one {@code switch} each that calls the migration's method
 * directly, and one that creates the migrations. No lambdas: each would cost javac an attribution
 * and a desugared method, and the JVM a class spun at run time (docs/benchmarks.md).
 */
final class RegistryGenerator {
  static final ClassName REGISTRY = ClassName.get("dev.strata.runtime", "MigrationRegistry");
  static final ClassName DESCRIPTOR = ClassName.get("dev.strata.runtime", "MigrationDescriptor");
  static final ClassName LISTING = ClassName.get("dev.strata.runtime.spi", "RegistryListing");
  static final ClassName DISPATCH = ClassName.get("dev.strata.runtime.spi", "RegistryDispatch");
  static final ClassName DIALECT = ClassName.get("dev.strata", "Dialect");
  static final ClassName MIGRATION_CONTEXT =
      ClassName.get("dev.strata.runtime", "MigrationContext");
  static final TypeName INJECTOR =
      ParameterizedTypeName.get(
          ClassName.get(Function.class), ClassName.get(String.class), ClassName.OBJECT);

  /** Listing statements per private method: each is under 50 bytes of bytecode, of 64 KB. */
  static final int STATEMENTS = 1000;

  /** The dispatch methods, here and in access helpers. */
  static final String NEW_INSTANCE = "newInstance";

  static final String RUN_STEP = "runStep";
  static final String TEST_CHECK = "testCheck";

  /**
   * The names of the registry's fields and of its dispatch methods' parameters. JavaPoet qualifies
   * an access helper whose simple name another package's helper took ({@code
   * db.b.StrataMigrationsAccess.runStep(..)}), and Java reads the first segment of a qualified name
   * in an expression as a variable when one of that name is in scope (JLS 6.5.2): with migrations
   * in package {@code db.b}, a parameter {@code db} would break the registry. So a name that is
   * also the first segment of a migration's package gets underscores until it is not.
   */
  record Names(String index, String migration, String db, String injector, String migrations) {
    /** The names where no package is in the way: what the access helpers, in one package, use. */
    static final Names PLAIN = of(Set.of());

    static Names of(Set<String> taken) {
      return new Names(
          free("index", taken),
          free("migration", taken),
          free("db", taken),
          free("injector", taken),
          free("migrations", taken));
    }

    static Names of(RegistryModel model) {
      Set<String> roots = new HashSet<>();
      for (MigrationModel migration : model.migrations()) {
        String pkg = migration.type().packageName();
        int dot = pkg.indexOf('.');
        roots.add(dot < 0 ? pkg : pkg.substring(0, dot));
      }
      return of(roots);
    }

    private static String free(String name, Set<String> taken) {
      String free = name;
      while (taken.contains(free)) {
        free += "_";
      }
      return free;
    }
  }

  private static final TypeName DESCRIPTORS =
      ParameterizedTypeName.get(ClassName.get(List.class), DESCRIPTOR);
  private static final TypeName DIALECTS =
      ParameterizedTypeName.get(ClassName.get(Set.class), DIALECT);

  private final SourceFiles files;

  RegistryGenerator(SourceFiles files) {
    this.files = files;
  }

  /** Writes the registry of {@code model}. */
  void write(RegistryModel model) {
    ClassName name = model.name();
    Names names = Names.of(model);
    List<MigrationModel> migrations = model.migrations();
    SortedMap<String, List<String>> dialectSets = dialectSets(model);
    TypeSpec.Builder registry =
        files
            .mark(TypeSpec.classBuilder(name))
            .addJavadoc(
                "The migrations of this compilation, in version order; found by the runtime"
                    + " through\n{@code META-INF/services/$L}.\n",
                REGISTRY.canonicalName())
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(REGISTRY)
            .addSuperinterface(DISPATCH);
    migrations.forEach(m -> registry.addOriginatingElement(m.element()));
    dialectSets.forEach(
        (constant, dialects) ->
            registry.addField(
                FieldSpec.builder(DIALECTS, constant, PRIVATE, STATIC, FINAL)
                    .initializer(
                        "$T.of($L)",
                        Set.class,
                        dialects.stream()
                            .map(d -> CodeBlock.of("$T.$N", DIALECT, d))
                            .collect(CodeBlock.joining(", ")))
                    .build()));
    Map<String, List<String>> pastes = new LinkedHashMap<>();
    List<MethodSpec> chunks = listingMethods(listing(model), pastes);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "@param injector builds the migrations that have {@code @Inject} constructors, by"
                    + " class name;\n"
                    + "    {@code null} when nothing can (see {@code $L})\n",
                model.module().canonicalName())
            .addModifiers(PUBLIC)
            .addParameter(INJECTOR, "injector")
            .addStatement(
                "$T listing = new $T(this, injector, $L, $N)",
                LISTING,
                LISTING,
                migrations.size(),
                dialectSet(model.dialects()));
    chunks.forEach(chunk -> constructor.addStatement("$N(listing)", chunk));
    registry
        .addField(FieldSpec.builder(DESCRIPTORS, names.migrations(), PRIVATE, FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "For {@link java.util.ServiceLoader}. Migrations with {@code @Inject}"
                        + " constructors need\n{@link #$L(Function)} instead.\n",
                    name.simpleName())
                .addModifiers(PUBLIC)
                .addStatement("this(null)")
                .build())
        .addMethod(
            constructor.addStatement("this.$N = listing.build()", names.migrations()).build())
        .addMethod(
            MethodSpec.methodBuilder("migrations")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(DESCRIPTORS)
                .addStatement("return $N", names.migrations())
                .build());
    addDispatch(registry, model, names);
    registry.addMethods(chunks);
    files.write(SourceFiles.file(name.packageName(), registry.build()), pastes);
  }

  /**
   * Methods {@code migrations0}… of up to {@link #STATEMENTS} listing statements each, which the
   * constructor calls in order.
   *
   * @param pastes receives the statements of each method, pasted into it as text
   */
  private static List<MethodSpec> listingMethods(
      List<String> statements, Map<String, List<String>> pastes) {
    List<MethodSpec> chunks = new ArrayList<>();
    for (int start = 0; start < statements.size(); start += STATEMENTS) {
      String chunk = "migrations" + start / STATEMENTS;
      chunks.add(
          MethodSpec.methodBuilder(chunk)
              .addModifiers(PRIVATE, STATIC)
              .addParameter(LISTING, "listing")
              .addCode(SourceFiles.pasteHere(chunk))
              .build());
      pastes.put(chunk, statements.subList(start, Math.min(start + STATEMENTS, statements.size())));
    }
    return chunks;
  }

  /**
   * A constant for each set of dialects that steps cover, by name; always one for every dialect,
   * which {@code migration(..)} uses.
   */
  private static SortedMap<String, List<String>> dialectSets(RegistryModel model) {
    SortedMap<String, List<String>> sets = new TreeMap<>();
    sets.put(dialectSet(model.dialects()), model.dialects());
    for (MigrationModel migration : model.migrations()) {
      for (List<StepModel> steps : List.of(migration.up(), migration.down())) {
        steps.forEach(s -> sets.putIfAbsent(dialectSet(s.dialects()), s.dialects()));
      }
    }
    return sets;
  }

  /** The name of the constant for {@code dialects}: {@code H2_POSTGRES}. */
  private static String dialectSet(List<String> dialects) {
    return String.join("_", dialects);
  }

  /**
   * The statements that list the migrations, in version order, one per line: one {@code
   * listing.migration(..)} call for each migration of the common shape, else {@code begin(..)} and
   * a statement for each dependency, owner, tag, step and check. Text, with literals written by
   * {@link SourceFiles#literal} and pasted past JavaPoet ({@link SourceFiles#paste}): thousands of
   * {@code $S} arguments, then thousands of lines, were most of JavaPoet's time.
   */
  private static List<String> listing(RegistryModel model) {
    List<String> statements = new ArrayList<>();
    for (MigrationModel m : model.migrations()) {
      // version, description, class, transactional, checksum: what both forms start with
      String header =
          String.join(
              ", ",
              literal(m.version()),
              literal(m.description()),
              literal(m.type().canonicalName()),
              String.valueOf(m.transactional()),
              literal(m.checksum()));
      if (isCommon(m, model.dialects())) {
        statements.add(
            statement(
                "migration",
                header,
                literal(first(m.dependsOn())),
                literal(first(m.owners())),
                literal(m.up().get(0).method()),
                literal(m.down().isEmpty() ? null : m.down().get(0).method()),
                check(m.preChecks()),
                check(m.postChecks())));
        continue;
      }
      statements.add(statement("begin", header));
      for (String version : m.dependsOn()) {
        statements.add(statement("dependsOn", literal(version)));
      }
      for (String owner : m.owners()) {
        statements.add(statement("owner", literal(owner)));
      }
      for (String tag : m.tags()) {
        statements.add(statement("tag", literal(tag)));
      }
      for (StepModel up : m.up()) {
        statements.add(step("up", up));
      }
      for (StepModel down : m.down()) {
        statements.add(step("down", down));
      }
      for (CheckModel check : m.preChecks()) {
        statements.add(
            statement("preCheck", literal(check.method()), literal(check.description())));
      }
      for (CheckModel check : m.postChecks()) {
        statements.add(
            statement("postCheck", literal(check.method()), literal(check.description())));
      }
    }
    return statements;
  }

  /**
   * Whether one {@code migration(..)} call lists it: at most one dependency, owner, {@code @Down},
   * {@code @PreCheck} and {@code @PostCheck}, no tags, one {@code @Up}, and steps for every dialect
   * without timeout or retries. One call instead of six statements costs javac about half as much.
   */
  private static boolean isCommon(MigrationModel m, List<String> dialects) {
    return m.dependsOn().size() <= 1
        && m.owners().size() <= 1
        && m.tags().isEmpty()
        && m.up().size() == 1
        && isPlain(m.up().get(0), dialects)
        && (m.down().isEmpty() || m.down().size() == 1 && isPlain(m.down().get(0), dialects))
        && m.preChecks().size() <= 1
        && m.postChecks().size() <= 1;
  }

  private static boolean isPlain(StepModel step, List<String> dialects) {
    return step.dialects().equals(dialects) && step.timeoutSeconds() == 0 && step.retries() == 0;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /** A check's method and description as two arguments; {@code null, null} for none. */
  private static String check(List<CheckModel> checks) {
    return checks.isEmpty()
        ? "null, null"
        : literal(checks.get(0).method()) + ", " + literal(checks.get(0).description());
  }

  private static String step(String kind, StepModel step) {
    return statement(
        kind,
        literal(step.method()),
        dialectSet(step.dialects()),
        String.valueOf(step.timeoutSeconds()),
        String.valueOf(step.retries()));
  }

  /** {@code listing.method(arguments);} */
  private static String statement(String method, String... arguments) {
    return "listing." + method + "(" + String.join(", ", arguments) + ");";
  }

  /**
   * {@code newInstance}, {@code runStep} and {@code testCheck}: the direct calls, or calls of the
   * access helper of the migration's package.
   */
  private static void addDispatch(TypeSpec.Builder registry, RegistryModel model, Names names) {
    SortedMap<Integer, Line> instances = new TreeMap<>();
    for (int i = 0; i < model.migrations().size(); i++) {
      MigrationModel migration = model.migrations().get(i);
      if (migration.construction() == Construction.INJECT) {
        instances.put(
            i,
            Line.of(
                "return "
                    + names.injector()
                    + ".apply("
                    + literal(migration.type().canonicalName())
                    + ");"));
      } else if (model.needsAccess(migration)) {
        instances.put(
            i, new Line("return ", model.access(migration), "." + NEW_INSTANCE + "(" + i + ");"));
      } else {
        instances.put(i, newMigration(migration));
      }
    }
    Dispatch.add(
        registry,
        overriding(newInstance(names)).addParameter(INJECTOR, names.injector()).build(),
        instances);
    Dispatch.add(
        registry, overriding(runStep(names)).build(), calls(model, names, model.steps(), false));
    Dispatch.add(
        registry, overriding(testCheck(names)).build(), calls(model, names, model.checks(), true));
  }

  /** {@code signature} as the registry's implementation of {@code RegistryDispatch}'s method. */
  private static MethodSpec.Builder overriding(MethodSpec signature) {
    return MethodSpec.methodBuilder(signature.name())
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(signature.returnType())
        .addParameters(signature.parameters())
        .addExceptions(signature.exceptions());
  }

  private static SortedMap<Integer, Line> calls(
      RegistryModel model, Names names, List<Call> calls, boolean check) {
    SortedMap<Integer, Line> cases = new TreeMap<>();
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      if (!model.needsAccess(call.model())) {
        cases.put(i, directCall(call, check, names));
      } else {
        String forward =
            "."
                + (check ? TEST_CHECK : RUN_STEP)
                + "("
                + i
                + ", "
                + names.migration()
                + ", "
                + names.db()
                + ");";
        cases.put(
            i,
            check
                ? new Line("return ", model.access(call.model()), forward)
                : new Line("", model.access(call.model()), forward + " return;"));
      }
    }
    return cases;
  }

  /** The case that creates a migration with its no-argument constructor. */
  static Line newMigration(MigrationModel migration) {
    return new Line("return new ", migration.type(), "();");
  }

  /**
   * The case that calls a step or check method on the migration: with {@code db}, or with jOOQ's
   * own context, {@code db.dsl()}, for a method that takes {@code DSLContext}.
   */
  static Line directCall(Call call, boolean check, Names names) {
    String argument = names.db() + (call.method().jooq() ? ".dsl()" : "");
    String rest = ") " + names.migration() + ")." + call.method().name() + "(" + argument + ");";
    return check
        ? new Line("return ((", call.model().type(), rest)
        : new Line("((", call.model().type(), rest + " return;");
  }

  /** {@code Object newInstance(int index)}: creates migration {@code index}. */
  static MethodSpec newInstance(Names names, Modifier... modifiers) {
    return MethodSpec.methodBuilder(NEW_INSTANCE)
        .addJavadoc("Creates migration {@code $N}.\n", names.index())
        .addModifiers(modifiers)
        .returns(Object.class)
        .addParameter(TypeName.INT, names.index())
        .build();
  }

  /** {@code void runStep(int index, Object migration, MigrationContext db)}. */
  static MethodSpec runStep(Names names, Modifier... modifiers) {
    return dispatchSignature(names, RUN_STEP, TypeName.VOID, "Runs step", modifiers);
  }

  /** {@code boolean testCheck(int index, Object migration, MigrationContext db)}. */
  static MethodSpec testCheck(Names names, Modifier... modifiers) {
    return dispatchSignature(names, TEST_CHECK, TypeName.BOOLEAN, "Tests check", modifiers);
  }

  private static MethodSpec dispatchSignature(
      Names names, String name, TypeName returns, String what, Modifier... modifiers) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "$L {@code $N} on {@code $N}: a direct call of its method.\n",
            what,
            names.index(),
            names.migration())
        .addModifiers(modifiers)
        .returns(returns)
        .addParameter(TypeName.INT, names.index())
        .addParameter(Object.class, names.migration())
        .addParameter(MIGRATION_CONTEXT, names.db())
        .addException(Exception.class)
        .build();
  }
}
