package dev.cleave.plan;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Plan;
import dev.cleave.model.SharedDependency;
import dev.cleave.model.SharedDependency.Kind;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.AnnotationValue;
import dev.cleave.parse.MethodFact;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what couples the proposed services behind their boundaries.
 *
 * <p>Six kinds are reported when they couple two or more services. A shared table is one that
 * classes of several services touch ({@link DataOwnership}). Mutable static state and
 * singletons ({@link StaticState}) couple the service that declares them with every service
 * whose classes use or change them. A shared cache is a cache name of {@code @Cacheable},
 * {@code @CachePut}, {@code @CacheEvict} or {@code @CacheResult} that classes of several
 * services use. A shared configuration is a {@code @Configuration} class, coupling its own
 * service with those whose classes it uses or that use it, or a property key that
 * {@code @Value("${key}")} reads in several services. A utility hub is a class of at least
 * {@value #HUB_MIN_METHODS} static methods and no instance methods that classes of at least
 * {@value #HUB_MIN_SERVICES} services use, unless it is already reported as mutable state.
 */
final class SharedDependencies {

  static final int HUB_MIN_METHODS = 3;
  static final int HUB_MIN_SERVICES = 3;

  private static final Set<String> CACHE_ANNOTATIONS =
      Set.of("Cacheable", "CachePut", "CacheEvict", "CacheResult", "CacheRemove");

  private static final Set<String> CONFIGURATION_ANNOTATIONS =
      Set.of("Configuration", "SpringBootApplication");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}:]+)");

  private final Membership membership;
  private final TypeIndex types;
  private final PlanInput input;
  private final Map<String, SortedSet<String>> usersOf = new HashMap<>();
  private final Map<String, SortedSet<String>> usedBy = new HashMap<>();

  SharedDependencies(Membership membership, TypeIndex types, PlanInput input) {
    this.membership = membership;
    this.types = types;
    this.input = input;
    for (Dependency dependency : input.dependencies()) {
      if (dependency.codeCount() > 0 && !dependency.source().equals(dependency.target())) {
        usersOf.computeIfAbsent(dependency.target(), k -> new TreeSet<>())
            .add(dependency.source());
        usedBy.computeIfAbsent(dependency.source(), k -> new TreeSet<>())
            .add(dependency.target());
      }
    }
  }

  List<SharedDependency> find(List<TableOwnership> tables) {
    List<SharedDependency> found = new ArrayList<>();
    tables.stream().filter(TableOwnership::shared).forEach(t -> found.add(table(t)));
    StaticState state = new StaticState(types, input.classes(), input.files());
    SortedMap<String, StaticState.Singleton> singletons = state.singletons();
    SortedMap<String, List<StaticState.MutableField>> mutable =
        StaticState.byTopLevel(state.mutableFields(singletons.keySet()));
    mutable.forEach((holder, fields) -> add(found, mutableStatic(holder, fields)));
    singletons.values().forEach(singleton -> add(found, singleton(singleton)));
    found.addAll(caches());
    for (ClassInfo info : input.classes()) {
      if (isConfiguration(info)) {
        add(found, configuration(info));
      }
    }
    found.addAll(propertyKeys());
    Set<String> reported = new TreeSet<>(mutable.keySet());
    singletons.keySet().forEach(type -> reported.add(TypeNames.topLevelOf(type)));
    for (ClassInfo info : input.classes()) {
      if (!reported.contains(info.name()) && isUtilityClass(info)) {
        add(found, hub(info));
      }
    }
    found.sort(Comparator.comparing(SharedDependency::kind).thenComparing(SharedDependency::name));
    return found;
  }

  private static void add(List<SharedDependency> found, SharedDependency dependency) {
    if (dependency != null && dependency.services().size() > 1) {
      found.add(dependency);
    }
  }

  private static SharedDependency table(TableOwnership table) {
    SortedSet<String> services = new TreeSet<>();
    SortedSet<String> classes = new TreeSet<>();
    List<String> others = new ArrayList<>();
    List<String> otherWriters = new ArrayList<>();
    for (TableOwnership.ServiceAccess access : table.accesses()) {
      services.add(access.service());
      classes.addAll(access.classes());
      if (!access.service().equals(table.owner())) {
        others.add(access.service() + (access.writes() ? " writes" : " reads") + " it in "
            + shortNames(access.classes()));
        if (access.writes()) {
          otherWriters.add(access.service());
        }
      }
    }
    String owner = table.owner().isEmpty() ? "no service" : table.owner();
    String detail = owner + " owns it (" + table.reason() + "); " + String.join("; ", others)
        + ".";
    String remedy = "Make " + owner + " the only service that reads and writes "
        + table.table() + ": give the other services an API of " + owner
        + ", or a read-only copy that " + owner + " keeps current with events.";
    if (!otherWriters.isEmpty()) {
      remedy += " Move the writes of " + String.join(", ", otherWriters) + " into " + owner
          + " first, since two writers cannot be split apart safely.";
    }
    return new SharedDependency(Kind.SHARED_TABLE, table.table(), List.copyOf(services),
        List.copyOf(classes), detail, remedy);
  }

  private SharedDependency mutableStatic(String holder, List<StaticState.MutableField> fields) {
    SortedSet<String> classes = users(holder);
    classes.addAll(StaticState.writers(fields));
    classes.add(holder);
    String owner = ownerOf(holder);
    String detail = ApiSurface.shortName(holder) + " has static fields that change while the"
        + " application runs: " + StaticState.describe(fields) + "; changed in "
        + shortNames(StaticState.writers(fields)) + ".";
    String remedy = "After the split each service has its own copy of this state, so a change"
        + " in one no longer reaches the others: move the state into " + owner
        + " behind an API, or publish each change as an event that every service applies to"
        + " its own copy.";
    return new SharedDependency(Kind.MUTABLE_STATIC, holder, services(classes),
        List.copyOf(classes), detail, remedy);
  }

  private SharedDependency singleton(StaticState.Singleton singleton) {
    String top = TypeNames.topLevelOf(singleton.type());
    SortedSet<String> classes = users(top);
    classes.add(top);
    String owner = ownerOf(top);
    String detail = ApiSurface.shortName(singleton.type()) + " keeps its one instance in the"
        + " static field " + singleton.field() + ", returned by " + singleton.accessor()
        + "(), and changes that instance's state in " + String.join(", ", singleton.mutators())
        + ".";
    String remedy = "Make it an ordinary component of " + owner + " and give the other"
        + " services an API or a read-only copy fed by events: one instance per service would"
        + " drift apart.";
    return new SharedDependency(Kind.SINGLETON, top, services(classes), List.copyOf(classes),
        detail, remedy);
  }

  private List<SharedDependency> caches() {
    SortedMap<String, SortedSet<String>> classesByCache = new TreeMap<>();
    for (ClassInfo info : input.classes()) {
      for (AnnotationValue value : types.annotationValues(info.name())) {
        boolean name = value.element().equals("value") || value.element().equals("cacheNames")
            || value.element().equals("cacheName");
        if (name && CACHE_ANNOTATIONS.contains(value.simpleName())) {
          classesByCache.computeIfAbsent(value.value(), k -> new TreeSet<>()).add(info.id());
        }
      }
    }
    List<SharedDependency> caches = new ArrayList<>();
    classesByCache.forEach((cache, classes) -> add(caches, new SharedDependency(
        Kind.SHARED_CACHE, cache, services(classes), List.copyOf(classes),
        "The cache " + cache + " is filled or cleared in " + shortNames(classes) + ".",
        "Give each service its own cache, or move the cached data behind the API of the"
            + " service that owns it: a cache shared across processes needs a shared store and"
            + " invalidation messages.")));
    return caches;
  }

  private SharedDependency configuration(ClassInfo info) {
    SortedSet<String> classes = new TreeSet<>(usersOf.getOrDefault(info.id(), new TreeSet<>()));
    SortedMap<String, SortedSet<String>> built = new TreeMap<>();
    for (String target : usedBy.getOrDefault(info.id(), new TreeSet<>())) {
      String service = membership.serviceOf(target);
      if (service != null && !service.equals(membership.serviceOf(info.id()))) {
        built.computeIfAbsent(service, k -> new TreeSet<>()).add(target);
        classes.add(target);
      }
    }
    classes.add(info.id());
    List<String> parts = new ArrayList<>();
    built.forEach((service, targets) -> parts.add(service + " (" + shortNames(targets) + ")"));
    String detail = ApiSurface.shortName(info.id()) + " is a configuration class of "
        + ownerOf(info.id()) + (parts.isEmpty() ? "" : " that builds or uses classes of "
        + String.join(", ", parts)) + "; used by "
        + shortNames(usersOf.getOrDefault(info.id(), new TreeSet<>())) + ".";
    String remedy = "Split it so that each service builds its own beans from its own settings;"
        + " move each bean definition to the service of the class it builds.";
    return new SharedDependency(Kind.SHARED_CONFIGURATION, info.id(), services(classes),
        List.copyOf(classes), detail, remedy);
  }

  /** Returns property keys that {@code @Value} reads in classes of several services. */
  private List<SharedDependency> propertyKeys() {
    SortedMap<String, SortedSet<String>> classesByKey = new TreeMap<>();
    for (ClassInfo info : input.classes()) {
      for (AnnotationValue value : types.annotationValues(info.name())) {
        if (value.simpleName().equals("Value")) {
          Matcher matcher = PROPERTY.matcher(value.value());
          while (matcher.find()) {
            classesByKey.computeIfAbsent(matcher.group(1).strip(), k -> new TreeSet<>())
                .add(info.id());
          }
        }
      }
    }
    List<SharedDependency> keys = new ArrayList<>();
    classesByKey.forEach((key, classes) -> add(keys, new SharedDependency(
        Kind.SHARED_CONFIGURATION, "${" + key + "}", services(classes), List.copyOf(classes),
        "The property " + key + " is read in " + shortNames(classes) + ".",
        "Give each service its own property, so that changing it for one service cannot"
            + " change another.")));
    return keys;
  }

  private SharedDependency hub(ClassInfo info) {
    SortedSet<String> classes = users(info.id());
    classes.add(info.id());
    String detail = ApiSurface.shortName(info.id()) + " holds only static helpers and is used by "
        + services(classes).size() + " services.";
    String remedy = "Keep it free of state and publish it as a versioned library, or split it by"
        + " concern so that each service takes only the helpers it uses.";
    SharedDependency hub = new SharedDependency(Kind.UTILITY_HUB, info.id(), services(classes),
        List.copyOf(classes), detail, remedy);
    return hub.services().size() >= HUB_MIN_SERVICES ? hub : null;
  }

  private boolean isUtilityClass(ClassInfo info) {
    TypeFact type = types.type(info.name());
    if (type == null || type.kind() != TypeFact.Kind.CLASS) {
      return false;
    }
    List<MethodFact> methods = type.methods();
    return methods.size() >= HUB_MIN_METHODS && methods.stream().allMatch(MethodFact::isStatic)
        && type.fields().stream().allMatch(f -> f.isStatic());
  }

  private static boolean isConfiguration(ClassInfo info) {
    return info.annotations().stream().map(TypeNames::simpleNameOf)
        .anyMatch(CONFIGURATION_ANNOTATIONS::contains);
  }

  /** Returns the ids of the classes that use the class, as a new set. */
  private SortedSet<String> users(String classId) {
    return new TreeSet<>(usersOf.getOrDefault(classId, new TreeSet<>()));
  }

  /** Returns the services of the classes, the monolith left out, sorted. */
  private List<String> services(Iterable<String> classes) {
    SortedSet<String> services = new TreeSet<>();
    for (String id : classes) {
      String service = membership.serviceOf(id);
      if (service != null) {
        services.add(service);
      }
    }
    return List.copyOf(services);
  }

  private String ownerOf(String classId) {
    String service = membership.serviceOf(classId);
    if (service != null) {
      return service;
    }
    String library = membership.libraryOf(classId);
    return library != null ? "the shared library " + library : Plan.MONOLITH;
  }

  private static String shortNames(Iterable<String> ids) {
    List<String> names = new ArrayList<>();
    ids.forEach(id -> names.add(ApiSurface.shortName(id)));
    return names.isEmpty() ? "no class" : String.join(", ", names);
  }
}
