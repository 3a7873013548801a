package dev.cleave.plan;

import dev.cleave.cluster.EntryPoints;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.FieldFact;
import dev.cleave.parse.FieldWrite;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.MethodFact;
import dev.cleave.parse.RefFact;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds state that lives as long as the process: mutable static fields and singletons.
 *
 * <p>A static field is mutable when code that can run assigns it outside a static initializer,
 * or, for a field of a collection, map, atomic or thread-local type ({@link #CONTAINERS}),
 * calls a mutating method on it ({@code put}, {@code set}, {@code clear} and the like). A write
 * counts only if it can run. It cannot when it is in a method that no analysed code calls by
 * name, that has no annotation and whose class is no entry point, because such a method is
 * dead code or called only by tests, which Cleave does not analyse. A singleton is a class with a static field of its own
 * type and a static method without parameters that returns its type, such as
 * {@code getInstance()}, whose instance state changes after construction; its own-type field is
 * not reported again as mutable state.
 *
 * <p>NOTE: fields are matched by name: a write to {@code x} or {@code this.x} is taken to be the
 * field {@code x} of the writing class, and {@code T.x} the field of the class named {@code T}.
 * A name that several classes of the project declare is matched to the one in the writing
 * class's package, else left out.
 */
final class StaticState {

  /** Simple names of field types whose content mutating methods change. */
  static final Set<String> CONTAINERS = Set.of("Map", "HashMap", "TreeMap", "LinkedHashMap",
      "ConcurrentHashMap", "ConcurrentMap", "ConcurrentSkipListMap", "SortedMap", "NavigableMap",
      "WeakHashMap", "IdentityHashMap", "EnumMap", "Hashtable", "Properties", "List",
      "ArrayList", "LinkedList", "CopyOnWriteArrayList", "Vector", "Stack", "Set", "HashSet",
      "TreeSet", "LinkedHashSet", "SortedSet", "NavigableSet", "CopyOnWriteArraySet",
      "ConcurrentSkipListSet", "Collection", "Queue", "Deque", "ArrayDeque", "PriorityQueue",
      "BlockingQueue", "LinkedBlockingQueue", "ArrayBlockingQueue", "ConcurrentLinkedQueue",
      "ConcurrentLinkedDeque", "ThreadLocal", "InheritableThreadLocal", "AtomicInteger",
      "AtomicLong", "AtomicBoolean", "AtomicReference", "AtomicIntegerArray", "AtomicLongArray",
      "AtomicReferenceArray", "LongAdder", "DoubleAdder", "LongAccumulator", "DoubleAccumulator",
      "StringBuilder", "StringBuffer", "BitSet");

  /**
   * A mutable static field.
   *
   * @param type the binary name of the declaring type
   * @param field the field name
   * @param how how it changes, as words for the report
   * @param writers the ids of the top-level classes whose code changes it, sorted
   */
  record MutableField(String type, String field, String how, SortedSet<String> writers) {}

  /**
   * A singleton.
   *
   * @param type its binary name
   * @param field the static field of its own type
   * @param accessor the static method that returns the instance
   * @param mutators the methods that change its instance state, sorted
   */
  record Singleton(String type, String field, String accessor, SortedSet<String> mutators) {}

  private final TypeIndex types;
  private final List<FileFacts> files;
  private final Set<String> calledNames = new HashSet<>();
  private final Set<String> liveClasses = new HashSet<>();
  private final Map<String, List<TypeFact>> memberTypes = new HashMap<>();

  StaticState(TypeIndex types, List<ClassInfo> classes, List<FileFacts> files) {
    this.types = types;
    this.files = files;
    for (FileFacts file : files) {
      for (TypeFact type : file.types()) {
        String top = TypeNames.topLevelOf(type.binaryName());
        if (!top.equals(type.binaryName())) {
          memberTypes.computeIfAbsent(top, k -> new ArrayList<>()).add(type);
        }
      }
      for (RefFact reference : file.references()) {
        if (reference.member() != null && (reference.kind() == DependencyKind.METHOD_CALL
            || reference.kind() == DependencyKind.METHOD_REF)) {
          calledNames.add(reference.member());
        }
      }
    }
    for (ClassInfo info : classes) {
      if (EntryPoints.isEntryPoint(info) || !info.methodAnnotations().isEmpty()) {
        liveClasses.add(info.name());
      }
    }
  }

  /** Returns the singletons, by binary name. */
  SortedMap<String, Singleton> singletons() {
    SortedMap<String, Singleton> singletons = new TreeMap<>();
    for (FileFacts file : files) {
      for (TypeFact type : file.types()) {
        Singleton singleton = singleton(type);
        if (singleton != null) {
          singletons.put(type.binaryName(), singleton);
        }
      }
    }
    return singletons;
  }

  /** Returns the mutable static fields, singletons' own instances left out, sorted by type. */
  SortedMap<String, List<MutableField>> mutableFields(Set<String> singletonTypes) {
    SortedMap<String, SortedMap<String, Change>> changes = new TreeMap<>();
    for (FileFacts file : files) {
      for (FieldWrite write : file.fieldWrites()) {
        if (!isLive(write)) {
          continue;
        }
        String type = declaringType(write);
        FieldFact field = type == null ? null : types.field(type, write.field());
        if (field == null || !field.isStatic() || field.enumConstant()
            || singletonTypes.contains(type) && isOwnType(field, type)) {
          continue;
        }
        String how = how(field, write);
        if (how != null) {
          changes.computeIfAbsent(type, k -> new TreeMap<>())
              .computeIfAbsent(field.name(), k -> new Change(how, new TreeSet<>()))
              .writers().add(write.owner());
        }
      }
    }
    SortedMap<String, List<MutableField>> result = new TreeMap<>();
    changes.forEach((type, fields) -> result.put(type, fields.entrySet().stream()
        .map(e -> new MutableField(type, e.getKey(), e.getValue().how(), e.getValue().writers()))
        .toList()));
    return result;
  }

  private record Change(String how, SortedSet<String> writers) {}

  /** Returns how the write changes the field, or {@code null} when it does not count. */
  private static String how(FieldFact field, FieldWrite write) {
    if (write.method().equals(FieldWrite.STATIC_INITIALIZER)) {
      return null;
    }
    String typeName = simpleTypeName(field.type());
    if (write.mutator() != null) {
      boolean vowel = "AEIOU".indexOf(typeName.charAt(0)) >= 0;
      return CONTAINERS.contains(typeName)
          ? (vowel ? "an " : "a ") + typeName + " whose content changes" : null;
    }
    return field.isFinal() ? null : "reassigned";
  }

  private Singleton singleton(TypeFact type) {
    if (type.kind() != TypeFact.Kind.CLASS) {
      return null;
    }
    String simple = TypeNames.simpleNameOf(type.binaryName());
    FieldFact instance = type.fields().stream()
        .filter(f -> f.isStatic() && !f.enumConstant() && simple.equals(simpleTypeName(f.type())))
        .findFirst().orElse(null);
    MethodFact accessor = type.methods().stream()
        .filter(m -> m.isStatic() && m.arity() == 0
            && simple.equals(simpleTypeName(m.returnType())))
        .findFirst().orElse(null);
    if (instance == null || accessor == null) {
      return null;
    }
    SortedSet<String> mutators = new TreeSet<>();
    String top = TypeNames.topLevelOf(type.binaryName());
    for (FileFacts file : files) {
      for (FieldWrite write : file.fieldWrites()) {
        FieldFact field = type.field(write.field());
        boolean instanceState = field != null && !field.isStatic() && write.owner().equals(top)
            && (write.target().size() == 1 || write.target().get(0).equals("this"));
        if (instanceState && !write.method().equals(FieldWrite.CONSTRUCTOR)
            && !write.method().equals(FieldWrite.STATIC_INITIALIZER) && isLive(write)
            && (write.mutator() == null || CONTAINERS.contains(simpleTypeName(field.type())))) {
          mutators.add(write.method());
        }
      }
    }
    return mutators.isEmpty() ? null
        : new Singleton(type.binaryName(), instance.name(), accessor.name(), mutators);
  }

  /** Returns whether code that runs can reach the write, as the class comment defines it. */
  private boolean isLive(FieldWrite write) {
    return write.method().equals(FieldWrite.CONSTRUCTOR)
        || write.method().equals(FieldWrite.STATIC_INITIALIZER)
        || write.annotatedMethod()
        || liveClasses.contains(write.owner())
        || calledNames.contains(write.method());
  }

  /** Returns the binary name of the type whose field the write names, or {@code null}. */
  private String declaringType(FieldWrite write) {
    List<String> target = write.target();
    if (target.size() == 1 || target.size() == 2 && target.get(0).equals("this")) {
      return ownerOrMemberDeclaring(write.owner(), write.field());
    }
    String typeName = target.get(target.size() - 2);
    String member = write.owner() + "$" + typeName;
    if (types.type(member) != null) {
      return member;
    }
    List<String> candidates = types.topLevelNamed(typeName);
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String samePackage = TypeNames.qualify(TypeNames.packageOf(write.owner()), typeName);
    return candidates.contains(samePackage) ? samePackage : null;
  }

  /** Returns the writing class, or its member type, that declares the field. */
  private String ownerOrMemberDeclaring(String owner, String field) {
    if (types.field(owner, field) != null) {
      return owner;
    }
    for (TypeFact type : memberTypes.getOrDefault(owner, List.of())) {
      if (type.field(field) != null) {
        return type.binaryName();
      }
    }
    return null;
  }

  private static boolean isOwnType(FieldFact field, String type) {
    return TypeNames.simpleNameOf(type).equals(simpleTypeName(field.type()));
  }

  /** Returns the simple name of a declared type, without type arguments. */
  static String simpleTypeName(TypeExpr type) {
    if (type instanceof TypeExpr.Named named) {
      return TypeNames.simpleNameOf(named.written());
    }
    return "";
  }

  /** Returns the names of the mutable fields of a type, for sentences. */
  static String describe(List<MutableField> fields) {
    StringBuilder text = new StringBuilder();
    for (MutableField field : fields) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(field.field()).append(" (").append(field.how()).append(')');
    }
    return text.toString();
  }

  /** Returns the types whose writes a map of mutable fields names, for sentences. */
  static SortedSet<String> writers(List<MutableField> fields) {
    SortedSet<String> writers = new TreeSet<>();
    fields.forEach(field -> writers.addAll(field.writers()));
    return writers;
  }

  /** Returns the fields grouped by their top-level class, for one entry per holder. */
  static SortedMap<String, List<MutableField>> byTopLevel(Map<String, List<MutableField>> fields) {
    SortedMap<String, List<MutableField>> byTop = new TreeMap<>();
    fields.forEach((type, list) -> byTop.merge(TypeNames.topLevelOf(type), List.copyOf(list),
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
    return byTop;
  }
}
