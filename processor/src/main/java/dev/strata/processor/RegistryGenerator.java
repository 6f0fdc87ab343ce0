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
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
  static final ClassName STAGE = ClassName.get("dev.strata", "Stage");
  static final ClassName MIGRATION_CONTEXT =
      ClassName.get("dev.strata.runtime", "MigrationContext");
  static final ClassName KEY_RANGE = ClassName.get("dev.strata.runtime", "KeyRange");
  static final TypeName INJECTOR =
      ParameterizedTypeName.get(
          ClassName.get(Function.class), ClassName.get(String.class), ClassName.OBJECT);

  /** Listing statements per private method: each is under 50 bytes of bytecode, of 64 KB. */
  static final int STATEMENTS = 1000;

  /**
   * Migrations per class of the registry: a class's constant pool holds at most 65,535 entries, and
   * 1,000 migrations of the common shape take about 35,000 (9,000 in one class overflowed it).
   */
  static final int PART_SIZE = 1000;

  /** The dispatch method that creates migrations, here and in access helpers. */
  static final String NEW_INSTANCE = "newInstance";

  /**
   * The names of the registry's fields and of its dispatch methods' parameters. JavaPoet qualifies
   * an access helper whose simple name another package's helper took ({@code
   * db.b.StrataMigrationsAccess.runStep(..)}), and Java reads the first segment of a qualified name
   * in an expression as a variable when one of that name is in scope (JLS 6.5.2): with migrations
   * in package {@code db.b}, a parameter {@code db} would break the registry. So a name that is
   * also the first segment of a migration's package gets underscores until it is not.
   */
  record Names(
      String index, String migration, String db, String range, String injector, String migrations) {
    /** The names where no package is in the way: what the access helpers, in one package, use. */
    static final Names PLAIN = of(Set.of());

    static Names of(Set<String> taken) {
      return new Names(
          free("index", taken),
          free("migration", taken),
          free("db", taken),
          free("range", taken),
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
  private final int partSize;

  /**
   * @param partSize the most migrations one class of the registry lists and dispatches to ({@link
   *     #PART_SIZE}; tests lower it)
   */
  RegistryGenerator(SourceFiles files, int partSize) {
    this.files = files;
    this.partSize = partSize;
  }

  /**
   * Writes the registry of {@code model}: one class when its migrations fit in one part, else the
   * registry and a nested class {@code Part0}, {@code Part1}… per part, each with the listing and
   * the switch cases of its migrations, which the registry's constructor and dispatch methods call
   * in turn.
   */
  void write(RegistryModel model) {
    ClassName name = model.name();
    Names names = Names.of(model);
    List<MigrationModel> migrations = model.migrations();
    SortedMap<String, List<String>> dialectSets = ListingStatements.dialectSets(model);
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
    // a constant per stage, as per dialect set: the pasted listing names no type
    for (String stage : ListingStatements.stages(model)) {
      registry.addField(
          FieldSpec.builder(STAGE, stage, PRIVATE, STATIC, FINAL)
              .initializer("$T.$N", STAGE, stage)
              .build());
    }
    List<Part> parts = parts(ListingStatements.listing(model));
    Cases cases = cases(model, names);
    Map<String, List<String>> pastes = new LinkedHashMap<>();
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
                ListingStatements.dialectSet(model.dialects()));
    List<MethodSpec> chunks = List.of(); // of a registry in one part
    List<TypeSpec> partTypes = new ArrayList<>();
    List<Cases> partCases = new ArrayList<>();
    if (parts.size() == 1) {
      chunks = listingMethods(parts.get(0).statements(), 0, pastes, PRIVATE);
      chunks.forEach(chunk -> constructor.addStatement("$N(listing)", chunk));
    } else {
      for (int k = 0; k < parts.size(); k++) {
        Part part = parts.get(k);
        ClassName partName = name.nestedClass("Part" + k);
        TypeSpec.Builder type =
            TypeSpec.classBuilder(partName)
                .addJavadoc(
                    "Migrations $L to $L: what one class holds (at most 65,535 constants, 64 KB"
                        + " of code per method).\n",
                    part.first(),
                    part.end() - 1)
                .addModifiers(PRIVATE, STATIC, FINAL);
        List<MethodSpec> partChunks = listingMethods(part.statements(), pastes.size(), pastes);
        partChunks.forEach(chunk -> constructor.addStatement("$T.$N(listing)", partName, chunk));
        partCases.add(cases.of(part, model));
        addPartDispatch(type, names, partCases.get(k));
        partTypes.add(type.addMethods(partChunks).build());
      }
    }
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
    if (parts.size() == 1) {
      Dispatch.add(registry, newInstanceOverride(names), cases.instances());
      for (CallKind kind : CallKind.values()) {
        if (!kind.optional() || !cases.of(kind).isEmpty()) { // a default otherwise
          Dispatch.add(registry, overriding(kind.signature(names)).build(), cases.of(kind));
        }
      }
    } else {
      addTopDispatch(registry, model, names, partCases);
    }
    registry.addMethods(chunks).addTypes(partTypes);
    files.write(SourceFiles.file(name.packageName(), registry.build()), pastes);
  }

  /**
   * Migrations {@code first} to {@code end - 1} and their listing statements: one class of the
   * registry. A class's constant pool holds at most 65,535 entries and each migration adds about 10
   * to 40 (its strings, its class, its methods), so a part ends at {@code partSize} migrations, or
   * earlier at {@code 4 * partSize} statements for migrations of the long form.
   */
  record Part(int first, int end, List<String> statements) {}

  private List<Part> parts(List<List<String>> listing) {
    List<Part> parts = new ArrayList<>();
    int first = 0;
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < listing.size(); i++) {
      statements.addAll(listing.get(i));
      if (i + 1 - first == partSize || statements.size() >= 4 * partSize) {
        parts.add(new Part(first, i + 1, statements));
        first = i + 1;
        statements = new ArrayList<>();
      }
    }
    if (first < listing.size() || parts.isEmpty()) {
      parts.add(new Part(first, listing.size(), statements));
    }
    return parts;
  }

  /**
   * Methods {@code migrations<n>}… of up to {@link #STATEMENTS} listing statements each, which the
   * constructor calls in order.
   *
   * @param number the number of the first, so that names are unique within the registry
   * @param pastes receives the statements of each method, pasted into it as text
   */
  private static List<MethodSpec> listingMethods(
      List<String> statements, int number, Map<String, List<String>> pastes, Modifier... access) {
    List<MethodSpec> chunks = new ArrayList<>();
    for (int start = 0; start < statements.size(); start += STATEMENTS) {
      String chunk = "migrations" + (number + start / STATEMENTS);
      chunks.add(
          MethodSpec.methodBuilder(chunk)
              .addModifiers(access)
              .addModifiers(STATIC)
              .addParameter(LISTING, "listing")
              .addCode(SourceFiles.pasteHere(chunk))
              .build());
      pastes.put(chunk, statements.subList(start, Math.min(start + STATEMENTS, statements.size())));
    }
    return chunks;
  }

  /**
   * The cases of {@code newInstance} and of each {@link CallKind}, by number: the direct calls, or
   * calls of the access helper of the migration's package.
   */
  record Cases(SortedMap<Integer, Line> instances, Map<CallKind, SortedMap<Integer, Line>> calls) {

    SortedMap<Integer, Line> of(CallKind kind) {
      return calls.get(kind);
    }

    /** The cases of the migrations of {@code part}. */
    Cases of(Part part, RegistryModel model) {
      Map<CallKind, SortedMap<Integer, Line>> partCalls = new EnumMap<>(CallKind.class);
      calls.forEach(
          (kind, cases) -> {
            List<Call> all = kind.of(model);
            partCalls.put(kind, cases.subMap(first(all, part.first()), first(all, part.end())));
          });
      return new Cases(instances.subMap(part.first(), part.end()), partCalls);
    }

    /** The number of the first call of migration {@code migration} or later. */
    static int first(List<Call> calls, int migration) {
      int n = 0;
      while (n < calls.size() && calls.get(n).migration() < migration) {
        n++;
      }
      return n;
    }
  }

  private static Cases cases(RegistryModel model, Names names) {
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
    Map<CallKind, SortedMap<Integer, Line>> calls = new EnumMap<>(CallKind.class);
    for (CallKind kind : CallKind.values()) {
      calls.put(kind, calls(model, names, kind));
    }
    return new Cases(instances, calls);
  }

  private static MethodSpec newInstanceOverride(Names names) {
    return overriding(newInstance(names)).addParameter(INJECTOR, names.injector()).build();
  }

  /** A part's own {@code newInstance} and dispatch methods, for its cases. */
  private static void addPartDispatch(TypeSpec.Builder part, Names names, Cases cases) {
    if (!cases.instances().isEmpty()) {
      Dispatch.add(
          part,
          newInstance(names, STATIC).toBuilder().addParameter(INJECTOR, names.injector()).build(),
          cases.instances());
    }
    cases
        .calls()
        .forEach(
            (kind, calls) -> {
              if (!calls.isEmpty()) {
                Dispatch.add(part, kind.signature(names, STATIC), calls);
              }
            });
  }

  /**
   * The registry's {@code newInstance} and dispatch methods when it has parts: each passes the call
   * to the part whose numbers hold {@code index} ({@code if (index < 2000) return
   * Part0.runStep(index, migration, db);}, the parts in order).
   */
  private static void addTopDispatch(
      TypeSpec.Builder registry, RegistryModel model, Names names, List<Cases> parts) {
    List<Function<Cases, SortedMap<Integer, Line>>> kinds = new ArrayList<>();
    List<MethodSpec> signatures = new ArrayList<>();
    kinds.add(Cases::instances);
    signatures.add(newInstanceOverride(names));
    for (CallKind call : CallKind.values()) {
      if (call.optional() && call.of(model).isEmpty()) {
        continue; // RegistryDispatch's default
      }
      kinds.add(cases -> cases.of(call));
      signatures.add(overriding(call.signature(names)).build());
    }
    for (int kind = 0; kind < kinds.size(); kind++) {
      MethodSpec signature = signatures.get(kind);
      boolean returns = !signature.returnType().equals(TypeName.VOID);
      String arguments =
          signature.parameters().stream().map(p -> p.name()).collect(Collectors.joining(", "));
      MethodSpec.Builder method = signature.toBuilder();
      for (int k = 0; k < parts.size(); k++) {
        SortedMap<Integer, Line> partCases = kinds.get(kind).apply(parts.get(k));
        if (partCases.isEmpty()) {
          continue;
        }
        ClassName part = model.name().nestedClass("Part" + k);
        method.beginControlFlow("if ($N < $L)", names.index(), partCases.lastKey() + 1);
        if (returns) {
          method.addStatement("return $T.$N($L)", part, signature.name(), arguments);
        } else {
          method
              .addStatement("$T.$N($L)", part, signature.name(), arguments)
              .addStatement("return");
        }
        method.endControlFlow();
      }
      registry.addMethod(
          method.addStatement("throw new $T($N)", AssertionError.class, names.index()).build());
    }
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

  private static SortedMap<Integer, Line> calls(RegistryModel model, Names names, CallKind kind) {
    SortedMap<Integer, Line> cases = new TreeMap<>();
    List<Call> calls = kind.of(model);
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      cases.put(
          i,
          model.needsAccess(call.model())
              ? kind.forward(model.access(call.model()), i, names)
              : kind.direct(call, names));
    }
    return cases;
  }

  /** The case that creates a migration with its no-argument constructor. */
  static Line newMigration(MigrationModel migration) {
    return new Line("return new ", migration.type(), "();");
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
}
