package dev.strata.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.strata.Version;
import dev.strata.processor.ChangeValidator.Staged;
import dev.strata.processor.GraphValidator.Node;
import dev.strata.processor.RegistryModel.MigrationModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Checks {@code @Migration} classes while javac runs and generates the static registry
 * (docs/architecture.md). Each round: collect the annotated classes, validate each (a class with
 * errors is skipped, the others go on), then — once no class waits for an unresolved type —
 * validate the dependency graph, build the model and generate the registry, its access helpers and,
 * with Dagger, its module. The service file is written when processing is over. Never throws and
 * never claims the annotations.
 */
@AutoService(Processor.class)
public final class StrataProcessor extends AbstractProcessor {
  static final String SERVICE_FILE =
      "META-INF/services/" + RegistryGenerator.REGISTRY.canonicalName();
  private static final String DAGGER_MODULE = "dagger.Module";

  private Elements elements;
  private Messager messager;
  private Options options;
  private MigrationClassValidator classValidator;
  private MigrationModelFactory models;
  private SourceFiles files;

  /** Migrations per part of the registry ({@link RegistryGenerator#PART_SIZE}; tests lower it). */
  private final int partSize;

  /** Migrations that referred to unresolved types, retried next round. */
  private final Set<String> deferred = new TreeSet<>();

  /** Every migration validated so far, by name: whether its class is free of errors. */
  private final Map<String, Boolean> validated = new TreeMap<>();

  /** The registry written, for the service file; {@code null} while none is (or none was valid). */
  private RegistryModel registry;

  /** Whether generation ran: it runs once, and migrations of later rounds cannot join it. */
  private boolean generated;

  /** For {@link java.util.ServiceLoader} and javac. */
  public StrataProcessor() {
    this(RegistryGenerator.PART_SIZE);
  }

  /**
   * For tests: a registry of more than {@code partSize} migrations is split into parts of that
   * many, so a test compiles a split registry without compiling thousands of migrations.
   */
  StrataProcessor(int partSize) {
    this.partSize = partSize;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    messager = env.getMessager();
    files = new SourceFiles(elements, env.getFiler());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Mirrors.MIGRATION,
        Mirrors.UP,
        Mirrors.DOWN,
        Mirrors.PRE_CHECK,
        Mirrors.POST_CHECK,
        Mirrors.GATE,
        Mirrors.BACKFILL,
        Mirrors.CHANGE,
        Mirrors.ATTESTED);
  }

  /** Overridden, not {@code @SupportedOptions}: reading that annotation loads reflection. */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Options.REGISTRY, Options.DIALECTS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (options == null) {
        options = Options.read(processingEnv.getOptions(), elements);
        options.report().printTo(messager);
        classValidator =
            new MigrationClassValidator(
                new MethodValidator(elements, processingEnv.getTypeUtils()), options);
        models = new MigrationModelFactory(options, Checksums.of(processingEnv));
      }
      if (round.processingOver()) {
        finish(round);
      } else {
        collect(round);
      }
    } catch (RuntimeException e) { // a bug here must not become a stack trace in a user's build
      internal(null, e);
    }
    return false;
  }

  private void collect(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(Mirrors.MIGRATION);
    if (annotation == null) {
      return;
    }
    Map<String, TypeElement> candidates = new TreeMap<>();
    deferred.forEach(name -> candidates.put(name, elements.getTypeElement(name)));
    deferred.clear();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
      candidates.put(type.getQualifiedName().toString(), type);
    }
    boolean added = false;
    for (Map.Entry<String, TypeElement> candidate : candidates.entrySet()) {
      TypeElement type = candidate.getValue();
      if (type == null) {
        continue;
      }
      try {
        AnnotationMirror migration = Mirrors.find(type, Mirrors.MIGRATION).orElseThrow();
        if (Mirrors.unresolved(type, migration)) {
          deferred.add(candidate.getKey());
        } else if (generated) {
          Report.builder()
              .error(Message.LATE_MIGRATION, type, type.getSimpleName())
              .build()
              .printTo(messager);
        } else {
          Report report = classValidator.validate(type, migration);
          report.printTo(messager);
          validated.put(candidate.getKey(), report.isClean());
          added = true;
        }
      } catch (RuntimeException e) {
        internal(type, e);
      }
    }
    reportOrphans(round);
    if (added && deferred.isEmpty() && !generated) {
      generated = true;
      generate(candidates);
    }
  }

  /** Strata annotations outside a {@code @Migration} class do nothing: say so, once an element. */
  private void reportOrphans(RoundEnvironment round) {
    List<TypeElement> annotations = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(Mirrors.CHANGE, Mirrors.ATTESTED));
    for (MethodKind kind : MethodKind.values()) {
      names.add(kind.annotationName);
    }
    for (String name : names) {
      TypeElement annotation = elements.getTypeElement(name);
      if (annotation != null) {
        annotations.add(annotation);
      }
    }
    // one scan of the round for all kinds (each scan visits every member of every class)
    List<Element> orphans = new ArrayList<>();
    List<TypeElement> types = new ArrayList<>(); // with @Change or @Attested
    TypeElement[] all = annotations.toArray(TypeElement[]::new);
    for (Element annotated : round.getElementsAnnotatedWithAny(all)) {
      if (annotated instanceof TypeElement type) {
        types.add(type);
      } else if (!Mirrors.has(annotated.getEnclosingElement(), Mirrors.MIGRATION)) {
        orphans.add(annotated);
      }
    }
    ChangeValidator.orphans(types).printTo(messager);
    for (MethodKind kind : MethodKind.values()) {
      for (Element method : orphans) {
        Element owner = method.getEnclosingElement();
        if (MethodKind.of(method).orElseThrow() == kind) {
          Report.builder()
              .errorOnAnnotation(
                  Message.ORPHAN_METHOD,
                  method,
                  kind.on(method).orElseThrow(),
                  kind.label,
                  method.getSimpleName(),
                  owner.getSimpleName())
              .build()
              .printTo(messager);
        }
      }
    }
  }

  /**
   * @param current this round's migrations by name; those of earlier rounds are looked up
   */
  private void generate(Map<String, TypeElement> current) {
    List<Node> nodes = new ArrayList<>();
    for (String name : validated.keySet()) {
      TypeElement type = current.get(name);
      if (type == null) {
        type = elements.getTypeElement(name);
      }
      AnnotationMirror migration = Mirrors.find(type, Mirrors.MIGRATION).orElseThrow();
      nodes.add(
          new Node(
              type,
              migration,
              Mirrors.valueAs(migration, "version", String.class)
                  .map(Version::parseOrNull)
                  .orElse(null)));
    }
    nodes.sort(
        Comparator.comparing(Node::version, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Node::name));
    Report graph = new GraphValidator().validate(nodes);
    graph.printTo(messager);
    ClassName name = registryName(nodes);
    Report changes = ChangeValidator.validate(stages(nodes, name));
    changes.printTo(messager);
    Set<Element> culprits =
        Stream.concat(graph.items().stream(), changes.items().stream())
            .filter(item -> item.kind() == Diagnostic.Kind.ERROR)
            .map(Report.Item::element)
            .collect(Collectors.toSet());
    List<MigrationModel> migrations = new ArrayList<>();
    for (Node node : nodes) {
      if (validated.get(node.name()) && node.version() != null && !culprits.contains(node.type())) {
        try {
          migrations.add(models.create(node.type(), node.migration()));
        } catch (RuntimeException e) {
          internal(node.type(), e);
        }
      }
    }
    if (migrations.isEmpty()) {
      return;
    }
    Report.Builder notes = Report.builder();
    for (MigrationModel migration : migrations) {
      if (migration.checksum() == null) {
        notes.note(Message.NO_CHECKSUM, migration.element(), migration.type().simpleName());
      }
    }
    notes.build().printTo(messager);
    warnOfPartialCompilation(migrations.get(0).element());
    registry =
        new RegistryModel(
            name, migrations, elements.getTypeElement(DAGGER_MODULE) != null, options.dialects());
    new RegistryGenerator(files, partSize).write(registry);
    new AccessGenerator(files).generate(registry).forEach(files::write);
    ChangeIndex.generate(registry, files)
        .forEach(index -> files.write(SourceFiles.file(ChangeIndex.PACKAGE, index)));
    if (registry.dagger()) {
      new DaggerModuleGenerator(files, elements).generate(registry).forEach(files::write);
    }
  }

  /**
   * The stages of changes among the valid migrations of this compilation, and those on the
   * classpath that {@link ChangeIndex} lists (but for this compilation's own, from an earlier
   * compilation into an output directory that is on the classpath).
   */
  private List<Staged> stages(List<Node> nodes, ClassName registry) {
    List<Staged> stages = new ArrayList<>();
    for (Node node : nodes) {
      if (validated.get(node.name())) {
        Staged.of(node.type(), true).ifPresent(stages::add);
      }
    }
    for (TypeElement type : ChangeIndex.read(elements, registry)) {
      if (!validated.containsKey(type.getQualifiedName().toString())) {
        Staged.of(type, false).ifPresent(stages::add);
      }
    }
    return stages;
  }

  /**
   * Warns, on {@code first}, when an earlier compilation into this output listed migrations whose
   * classes are still there but which this compilation does not compile: the registry it writes
   * leaves them out, as after a build that recompiled only the changed sources.
   */
  private void warnOfPartialCompilation(TypeElement first) {
    Set<String> left = new TreeSet<>();
    for (String name : RegistryIndex.previous(processingEnv.getFiler())) {
      if (!validated.containsKey(name) && !deferred.contains(name)) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && Mirrors.has(type, Mirrors.MIGRATION)) {
          left.add(name);
        }
      }
    }
    if (left.isEmpty()) {
      return;
    }
    Report.Builder warning = Report.builder();
    if (left.size() == 1) {
      warning.warning(Message.PARTIAL_COMPILATION_ONE, first, left.iterator().next());
    } else {
      warning.warning(Message.PARTIAL_COMPILATION, first, left.size(), Message.someOf(left));
    }
    warning.build().printTo(messager);
  }

  /**
   * {@code -Astrata.registry}, else {@code StrataMigrations} in the migrations' longest common
   * package.
   */
  private ClassName registryName(List<Node> nodes) {
    if (options.registry() != null) {
      int dot = options.registry().lastIndexOf('.');
      return ClassName.get(
          dot < 0 ? "" : options.registry().substring(0, dot),
          options.registry().substring(dot + 1));
    }
    List<String> common = null;
    for (Node node : nodes) {
      List<String> segments =
          List.of(elements.getPackageOf(node.type()).getQualifiedName().toString().split("\\."));
      if (common == null) {
        common = segments;
      } else {
        int i = 0;
        while (i < common.size() && i < segments.size() && common.get(i).equals(segments.get(i))) {
          i++;
        }
        common = common.subList(0, i);
      }
    }
    return ClassName.get(String.join(".", Objects.requireNonNull(common)), "StrataMigrations");
  }

  private void finish(RoundEnvironment round) {
    Report.Builder unresolved = Report.builder();
    for (String name : round.errorRaised() ? Set.<String>of() : deferred) {
      unresolved.error(Message.UNRESOLVED, elements.getTypeElement(name), name);
    }
    unresolved.build().printTo(messager);
    if (registry != null) {
      writeResource(SERVICE_FILE, registry.name().reflectionName() + "\n");
      writeResource(
          RegistryIndex.path(registry.name().reflectionName()), RegistryIndex.text(registry));
    }
  }

  /** Writes {@code text} to {@code path} in the class output, from the registry's migrations. */
  private void writeResource(String path, String text) {
    Element[] originating =
        registry.migrations().stream().map(MigrationModel::element).toArray(Element[]::new);
    try (Writer writer =
        processingEnv
            .getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", path, originating)
            .openWriter()) {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private void internal(Element element, RuntimeException e) {
    Report.builder()
        .error(Message.INTERNAL, element, e.getClass().getSimpleName(), e.getMessage())
        .build()
        .printTo(messager);
  }
}
