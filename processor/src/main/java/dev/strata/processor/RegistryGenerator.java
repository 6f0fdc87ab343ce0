package dev.strata.processor;

import static dev.strata.processor.SourceFiles.literal;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;
import static javax.lang.model.element.Modifier.SYNCHRONIZED;

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
 * of literals ({@code migration(..)}, {@code up(..)}, …) on a builder written once per registry,
 * rather than nested constructor and {@code List.of} calls (javac resolves each of those against
 * every overload). Steps and checks are numbered; one {@code switch} each calls the migration's
 * method directly, and one creates the migrations. No lambdas: each would cost javac an attribution
 * and a desugared method, and the JVM a class spun at run time (docs/benchmarks.md).
 */
final class RegistryGenerator {
  static final ClassName REGISTRY = ClassName.get("dev.strata.runtime", "MigrationRegistry");
  static final ClassName DESCRIPTOR = ClassName.get("dev.strata.runtime", "MigrationDescriptor");
  static final ClassName STEP = ClassName.get("dev.strata.runtime", "MigrationStep");
  static final ClassName CHECK = ClassName.get("dev.strata.runtime", "MigrationCheck");
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

  private static final String CALL = "Call";

  /**
   * The names of the registry's fields and of its dispatch methods' parameters. JavaPoet qualifies
   * an access helper whose simple name another package's helper took ({@code
   * db.b.StrataMigrationsAccess.runStep(..)}), and Java reads the first segment of a qualified name
   * in an expression as a variable when one of that name is in scope (JLS 6.5.2): with migrations
   * in package {@code db.b}, a parameter {@code db} would break the registry. So a name that is
   * also the first segment of a migration's package gets underscores until it is not.
   */
  record Names(
      String index,
      String migration,
      String db,
      String injector,
      String instances,
      String migrations) {
    /** The names where no package is in the way: what the access helpers, in one package, use. */
    static final Names PLAIN = of(Set.of());

    static Names of(Set<String> taken) {
      return new Names(
          free("index", taken),
          free("migration", taken),
          free("db", taken),
          free("injector", taken),
          free("instances", taken),
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

  private static final TypeName STRINGS =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
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
    ClassName listing = name.nestedClass("Listing");
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
            .addSuperinterface(REGISTRY);
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
    registry
        .addField(FieldSpec.builder(INJECTOR, names.injector(), PRIVATE, FINAL).build())
        .addField(
            FieldSpec.builder(Object[].class, names.instances(), PRIVATE, FINAL)
                .addJavadoc("The migrations, each created on first use of one of its steps.\n")
                .build())
        .addField(FieldSpec.builder(DESCRIPTORS, names.migrations(), PRIVATE, FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "For {@link java.util.ServiceLoader}. Migrations with {@code @Inject}"
                        + " constructors need\n{@link #$L(Function)} instead.\n",
                    name.simpleName())
                .addModifiers(PUBLIC)
                .addStatement("this(null)")
                .build());

    registry.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "@param injector builds the migrations that have {@code @Inject} constructors, by"
                    + " class name;\n"
                    + "    {@code null} when nothing can (see {@code $L})\n",
                model.module().canonicalName())
            .addModifiers(PUBLIC)
            .addParameter(INJECTOR, "injector")
            .addStatement("this.$N = injector", names.injector())
            .addStatement(
                "this.$N = new $T[$L]", names.instances(), Object.class, migrations.size())
            .addStatement(
                "this.$N = new $T(this, $L).build()",
                names.migrations(),
                listing,
                migrations.size())
            .build());

    registry.addMethod(
        MethodSpec.methodBuilder("migrations")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(DESCRIPTORS)
            .addStatement("return $N", names.migrations())
            .build());
    registry.addMethod(instanceMethod(names));
    if (migrations.stream().anyMatch(m -> m.construction() == Construction.INJECT)) {
      registry.addMethod(injectMethod(model, names));
    }
    addDispatch(registry, model, names);
    Map<String, List<String>> pastes = new LinkedHashMap<>();
    registry.addType(
        listingType(name, listing, dialectSet(model.dialects()), listing(model), pastes));
    registry.addType(callType(name));
    files.write(SourceFiles.file(name.packageName(), registry.build()), pastes);
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
   * migration(..)} call for each migration of the common shape, else {@code begin(..)} and a
   * statement for each dependency, owner, tag, step and check. Text, with literals written by
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

  /** {@code method(arguments);} */
  private static String statement(String method, String... arguments) {
    return method + "(" + String.join(", ", arguments) + ");";
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
            i, Line.of("return inject(" + literal(migration.type().canonicalName()) + ");"));
      } else if (model.needsAccess(migration)) {
        instances.put(
            i, new Line("return ", model.access(migration), "." + NEW_INSTANCE + "(" + i + ");"));
      } else {
        instances.put(i, newMigration(migration));
      }
    }
    Dispatch.add(registry, newInstance(names, PRIVATE), instances);
    Dispatch.add(
        registry, runStep(names, PRIVATE, STATIC), calls(model, names, model.steps(), false));
    Dispatch.add(
        registry, testCheck(names, PRIVATE, STATIC), calls(model, names, model.checks(), true));
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

  private static MethodSpec instanceMethod(Names names) {
    return MethodSpec.methodBuilder("instance")
        .addJavadoc(
            "Migration {@code index}, created on first use, once per registry, so that listing"
                + " the\nregistry runs no user code.\n")
        .addModifiers(PRIVATE, SYNCHRONIZED)
        .returns(Object.class)
        .addParameter(TypeName.INT, "index")
        .addStatement("$T instance = $N[index]", Object.class, names.instances())
        .beginControlFlow("if (instance == null)")
        .addStatement("instance = $N(index)", NEW_INSTANCE)
        .addStatement("$N[index] = instance", names.instances())
        .endControlFlow()
        .addStatement("return instance")
        .build();
  }

  private static MethodSpec injectMethod(RegistryModel model, Names names) {
    return MethodSpec.methodBuilder("inject")
        .addModifiers(PRIVATE)
        .addParameter(String.class, "className")
        .returns(Object.class)
        .beginControlFlow("if ($N == null)", names.injector())
        .addStatement(
            "throw new $T(className + $S)",
            IllegalStateException.class,
            " has an @Inject constructor with parameters, so only Dagger can build it; build the"
                + " Migrator with the MigrationRegistry that the generated Dagger module "
                + model.module().canonicalName()
                + " provides")
        .endControlFlow()
        .addStatement("return $N.apply(className)", names.injector())
        .build();
  }

  /**
   * The listing of the migrations, {@code statements} in methods {@code migrations0}… of up to
   * {@link #STATEMENTS} each, and the builder methods it calls: {@code migration(..)} lists a
   * migration of the common shape, {@code begin(..)} starts any other and the calls after it add to
   * it; each step and check gets the next number.
   *
   * @param allDialects the constant for every dialect
   * @param pastes receives the statements of each method, pasted into it as text
   */
  private static TypeSpec listingType(
      ClassName registry,
      ClassName name,
      String allDialects,
      List<String> statements,
      Map<String, List<String>> pastes) {
    TypeName steps = ParameterizedTypeName.get(ClassName.get(List.class), STEP);
    TypeName checks = ParameterizedTypeName.get(ClassName.get(List.class), CHECK);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The migrations in version order: {@code migration(..)} lists one of the common"
                    + " shape,\n{@code begin(..)} starts any other and the calls after it add to"
                    + " it. Steps and checks are\nnumbered in the order they are listed: the cases"
                    + " of {@code $N} and {@code $N}.\n",
                RUN_STEP,
                TEST_CHECK)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addField(registry, "registry", PRIVATE, FINAL)
            .addField(DESCRIPTORS, "all", PRIVATE, FINAL)
            .addField(String.class, "version", PRIVATE)
            .addField(String.class, "description", PRIVATE)
            .addField(String.class, "className", PRIVATE)
            .addField(TypeName.BOOLEAN, "transactional", PRIVATE)
            .addField(String.class, "checksum", PRIVATE)
            .addField(STRINGS, "dependsOn", PRIVATE)
            .addField(STRINGS, "owners", PRIVATE)
            .addField(STRINGS, "tags", PRIVATE)
            .addField(steps, "up", PRIVATE)
            .addField(steps, "down", PRIVATE)
            .addField(checks, "preChecks", PRIVATE)
            .addField(checks, "postChecks", PRIVATE)
            .addField(TypeName.INT, "steps", PRIVATE)
            .addField(TypeName.INT, "checks", PRIVATE)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(registry, "registry")
                    .addParameter(TypeName.INT, "size")
                    .addStatement("this.registry = registry")
                    .addStatement("this.all = new $T<>(size)", ArrayList.class)
                    .build());
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").returns(DESCRIPTORS);
    List<MethodSpec> chunks = new ArrayList<>();
    for (int start = 0; start < statements.size(); start += STATEMENTS) {
      String chunk = "migrations" + start / STATEMENTS;
      build.addStatement("$N()", chunk);
      chunks.add(
          MethodSpec.methodBuilder(chunk)
              .addModifiers(PRIVATE)
              .addCode(SourceFiles.pasteHere(chunk))
              .build());
      pastes.put(chunk, statements.subList(start, Math.min(start + STATEMENTS, statements.size())));
    }
    type.addMethod(
            build.addStatement("add()").addStatement("return $T.copyOf(all)", List.class).build())
        .addMethods(chunks)
        .addMethod(commonMigration(allDialects))
        .addMethod(
            MethodSpec.methodBuilder("begin")
                .addParameter(String.class, "version")
                .addParameter(String.class, "description")
                .addParameter(String.class, "className")
                .addParameter(TypeName.BOOLEAN, "transactional")
                .addParameter(String.class, "checksum")
                .addStatement("add()")
                .addStatement("this.version = version")
                .addStatement("this.description = description")
                .addStatement("this.className = className")
                .addStatement("this.transactional = transactional")
                .addStatement("this.checksum = checksum")
                .addStatement("this.dependsOn = new $T<>()", ArrayList.class)
                .addStatement("this.owners = new $T<>()", ArrayList.class)
                .addStatement("this.tags = new $T<>()", ArrayList.class)
                .addStatement("this.up = new $T<>()", ArrayList.class)
                .addStatement("this.down = new $T<>()", ArrayList.class)
                .addStatement("this.preChecks = new $T<>()", ArrayList.class)
                .addStatement("this.postChecks = new $T<>()", ArrayList.class)
                .build())
        .addMethod(adder("dependsOn", "dependsOn", "version"))
        .addMethod(adder("owner", "owners", "owner"))
        .addMethod(adder("tag", "tags", "tag"));
    for (String kind : List.of("up", "down")) {
      type.addMethod(
          MethodSpec.methodBuilder(kind)
              .addParameter(String.class, "method")
              .addParameter(DIALECTS, "dialects")
              .addParameter(TypeName.INT, "timeoutSeconds")
              .addParameter(TypeName.INT, "retries")
              .addStatement(
                  "$N.add(new $T(method, dialects, timeoutSeconds, retries,"
                      + " new $T(registry, all.size(), steps++)))",
                  kind,
                  STEP,
                  registry.nestedClass(CALL))
              .build());
    }
    for (String kind : List.of("preCheck", "postCheck")) {
      type.addMethod(
          MethodSpec.methodBuilder(kind)
              .addParameter(String.class, "method")
              .addParameter(String.class, "description")
              .addStatement(
                  "$N.add(new $T(method, description, new $T(registry, all.size(), checks++)))",
                  kind + "s",
                  CHECK,
                  registry.nestedClass(CALL))
              .build());
    }
    return type.addMethod(
            MethodSpec.methodBuilder("add")
                .addJavadoc("Adds the migration listed last, if any.\n")
                .addModifiers(PRIVATE)
                .beginControlFlow("if (version != null)")
                .addStatement(
                    "all.add(new $T(version, description, className, dependsOn, transactional,"
                        + " owners, tags,\nchecksum, up, down, preChecks, postChecks))",
                    DESCRIPTOR)
                .endControlFlow()
                .build())
        .build();
  }

  /**
   * {@code migration(..)}: a migration of the common shape in one call, {@code null} for what it
   * lacks.
   */
  private static MethodSpec commonMigration(String allDialects) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("migration")
            .addJavadoc(
                "A migration with at most one dependency, owner, {@code @Down}, {@code @PreCheck}"
                    + " and\n{@code @PostCheck}, no tags, and one {@code @Up}; its steps cover"
                    + " every dialect without timeout\nor retries. {@code null} for what it"
                    + " lacks.\n");
    for (String parameter : List.of("version", "description", "className")) {
      method.addParameter(String.class, parameter);
    }
    method.addParameter(TypeName.BOOLEAN, "transactional");
    for (String parameter :
        List.of(
            "checksum",
            "dependsOn",
            "owner",
            "up",
            "down",
            "preCheck",
            "preCheckDescription",
            "postCheck",
            "postCheckDescription")) {
      method.addParameter(String.class, parameter);
    }
    return method
        .addStatement("begin(version, description, className, transactional, checksum)")
        .beginControlFlow("if (dependsOn != null)")
        .addStatement("this.dependsOn.add(dependsOn)")
        .endControlFlow()
        .beginControlFlow("if (owner != null)")
        .addStatement("owners.add(owner)")
        .endControlFlow()
        .addStatement("up(up, $N, 0, 0)", allDialects)
        .beginControlFlow("if (down != null)")
        .addStatement("down(down, $N, 0, 0)", allDialects)
        .endControlFlow()
        .beginControlFlow("if (preCheck != null)")
        .addStatement("preCheck(preCheck, preCheckDescription)")
        .endControlFlow()
        .beginControlFlow("if (postCheck != null)")
        .addStatement("postCheck(postCheck, postCheckDescription)")
        .endControlFlow()
        .build();
  }

  /** {@code void name(String parameter)}: adds {@code parameter} to {@code list}. */
  private static MethodSpec adder(String name, String list, String parameter) {
    return MethodSpec.methodBuilder(name)
        .addParameter(String.class, parameter)
        .addStatement("$N.add($N)", list, parameter)
        .build();
  }

  /**
   * A step's body or a check's condition: step or check {@code index} (they are numbered apart) of
   * migration {@code migration}, created on first use. One class for both, as it was with lambdas
   * and one class less to load: the runtime calls {@code run} only on bodies, {@code test} only on
   * conditions.
   */
  private static TypeSpec callType(ClassName registry) {
    return TypeSpec.classBuilder(CALL)
        .addJavadoc(
            "Step or check {@code index} (as a body or a condition), a method of migration"
                + " {@code migration}.\n")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addSuperinterface(STEP.nestedClass("Body"))
        .addSuperinterface(CHECK.nestedClass("Condition"))
        .addField(registry, "registry", PRIVATE, FINAL)
        .addField(TypeName.INT, "migration", PRIVATE, FINAL)
        .addField(TypeName.INT, "index", PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(registry, "registry")
                .addParameter(TypeName.INT, "migration")
                .addParameter(TypeName.INT, "index")
                .addStatement("this.registry = registry")
                .addStatement("this.migration = migration")
                .addStatement("this.index = index")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("run")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(MIGRATION_CONTEXT, "db")
                .addException(Exception.class)
                .addStatement("$N(index, registry.instance(migration), db)", RUN_STEP)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("test")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(MIGRATION_CONTEXT, "db")
                .addException(Exception.class)
                .addStatement("return $N(index, registry.instance(migration), db)", TEST_CHECK)
                .build())
        .build();
  }
}
