package dev.cleave.resolve;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The classes of the running JDK: which names exist, and the generic signatures of their
 * members, read by reflection.
 *
 * <p>The names come from the JDK's {@code jrt:/} file system, so no class is loaded to list
 * them. Members are read from classes loaded without initialisation, so no JDK code runs. The
 * analysed project may target another Java version than the one Cleave runs on; names and
 * signatures are those of the running JDK.
 */
final class JdkTypes {

  private static final JdkTypes INSTANCE = new JdkTypes();

  private final Set<String> classes;
  private final Set<String> packages;
  private final Map<String, Optional<Class<?>>> loaded = new ConcurrentHashMap<>();

  private JdkTypes() {
    Set<String> names = new HashSet<>();
    Set<String> packageNames = new HashSet<>();
    try {
      FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
      try (Stream<Path> modules = Files.list(jrt.getPath("/modules"))) {
        for (Path module : (Iterable<Path>) modules::iterator) {
          try (Stream<Path> files = Files.walk(module)) {
            files.forEach(file -> addClass(module, file, names, packageNames));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Without jrt:/ the JDK's names are unknown; references to them count as external.
      org.slf4j.LoggerFactory.getLogger(JdkTypes.class)
          .warn("cannot list the JDK's classes; JDK types will count as library types", e);
    }
    this.classes = Set.copyOf(names);
    this.packages = Set.copyOf(packageNames);
  }

  private static void addClass(Path module, Path file, Set<String> names, Set<String> packages) {
    String relative = module.relativize(file).toString();
    if (!relative.endsWith(".class") || relative.endsWith("module-info.class")
        || relative.endsWith("package-info.class")) {
      return;
    }
    String binary = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    names.add(binary);
    int dot = binary.lastIndexOf('.');
    if (dot > 0) {
      packages.add(binary.substring(0, dot));
    }
  }

  static JdkTypes get() {
    return INSTANCE;
  }

  boolean isPackage(String name) {
    return packages.contains(name);
  }

  boolean isClass(String binaryName) {
    return classes.contains(binaryName);
  }

  /** Returns the binary name of the JDK type {@code packageName.simpleName}, if it exists. */
  Optional<String> topLevel(String packageName, String simpleName) {
    String name = packageName + "." + simpleName;
    return classes.contains(name) ? Optional.of(name) : Optional.empty();
  }

  /** Returns the member type with the simple name, declared or inherited. */
  Optional<String> memberType(String binaryName, String simpleName) {
    String direct = binaryName + "$" + simpleName;
    if (classes.contains(direct)) {
      return Optional.of(direct);
    }
    Optional<Class<?>> type = load(binaryName);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      for (Class<?> member : type.get().getClasses()) {
        if (member.getSimpleName().equals(simpleName)) {
          return Optional.of(member.getName());
        }
      }
    } catch (LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  boolean isEnum(String binaryName) {
    return load(binaryName).map(Class::isEnum).orElse(false);
  }

  boolean isInterface(String binaryName) {
    return load(binaryName).map(Class::isInterface).orElse(false);
  }

  /** Returns the type of a public field, such as a constant. */
  Optional<JType> fieldType(JType receiver, String name) {
    Optional<Class<?>> type = load(receiver.binaryName());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      Field field = type.get().getField(name);
      return Optional.ofNullable(convert(field.getGenericType(), binding(receiver, field.getDeclaringClass())));
    } catch (NoSuchFieldException | LinkageError | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the type has a public field with the name, of any type. */
  boolean hasField(String binaryName, String name) {
    try {
      Optional<Class<?>> type = load(binaryName);
      return type.isPresent() && type.get().getField(name) != null;
    } catch (NoSuchFieldException | LinkageError | SecurityException e) {
      return false;
    }
  }

  /** Returns whether the public field is static and final. */
  boolean isConstant(String binaryName, String name) {
    try {
      Optional<Class<?>> type = load(binaryName);
      if (type.isEmpty()) {
        return false;
      }
      int modifiers = type.get().getField(name).getModifiers();
      return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers);
    } catch (NoSuchFieldException | LinkageError | SecurityException e) {
      return false;
    }
  }

  /**
   * Returns the result type of a public method with the name that takes {@code arity}
   * arguments, when all such methods agree on it.
   */
  Optional<JType> methodResult(JType receiver, String name, int arity) {
    List<Method> candidates = methods(receiver.binaryName(), name, arity);
    Method chosen = mostSpecificResult(candidates);
    if (chosen == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        convert(chosen.getGenericReturnType(), binding(receiver, chosen.getDeclaringClass())));
  }

  /**
   * Returns the candidate whose result type is assignable to every other candidate's, such as
   * {@code StringBuilder.append} over {@code Appendable.append}, or null if none is.
   */
  private static Method mostSpecificResult(List<Method> candidates) {
    for (Method candidate : candidates) {
      boolean mostSpecific = true;
      for (Method other : candidates) {
        if (!other.getReturnType().isAssignableFrom(candidate.getReturnType())) {
          mostSpecific = false;
          break;
        }
      }
      if (mostSpecific) {
        return candidate;
      }
    }
    return null;
  }

  /** Returns whether a subclass can call a method with the name, of any arity. */
  boolean hasMethod(String binaryName, String name) {
    Optional<Class<?>> type = load(binaryName);
    if (type.isEmpty()) {
      return false;
    }
    for (Method method : inheritableMethods(type.get())) {
      if (method.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the public methods of a class and the protected ones it declares or inherits: what
   * code in a subclass can call by name.
   */
  private static List<Method> inheritableMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    try {
      methods.addAll(List.of(type.getMethods()));
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Method method : c.getDeclaredMethods()) {
          if (Modifier.isProtected(method.getModifiers())) {
            methods.add(method);
          }
        }
      }
    } catch (LinkageError | SecurityException e) {
      return methods;
    }
    return methods;
  }

  /**
   * Returns the declared parameter type at {@code argument} of the public method with the name
   * and arity, when all such methods agree on its raw type.
   */
  Optional<JType> parameterType(JType receiver, String name, int arity, int argument) {
    JType result = null;
    for (Method method : methods(receiver.binaryName(), name, arity)) {
      Type[] parameters = method.getGenericParameterTypes();
      if (argument >= parameters.length) {
        return Optional.empty();
      }
      JType type = convert(parameters[argument], binding(receiver, method.getDeclaringClass()));
      if (type == null || (result != null && !result.binaryName().equals(type.binaryName()))) {
        return Optional.empty();
      }
      result = result == null ? type : result;
    }
    return Optional.ofNullable(result);
  }

  /**
   * Returns the type of parameter {@code index} of the single abstract method of a JDK
   * functional interface, such as {@code Account} for {@code Consumer<Account>}.
   */
  Optional<JType> functionalParameter(JType functional, int index) {
    Optional<Class<?>> type = load(functional.binaryName());
    if (type.isEmpty() || !type.get().isInterface()) {
      return Optional.empty();
    }
    Method single = null;
    for (Method method : type.get().getMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
        if (single != null) {
          return Optional.empty();
        }
        single = method;
      }
    }
    if (single == null || index >= single.getParameterCount()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        convert(single.getGenericParameterTypes()[index], binding(functional, single.getDeclaringClass())));
  }

  /** Returns the direct supertypes with their arguments bound from the given type's. */
  List<JType> supertypes(JType type) {
    Optional<Class<?>> loadedType = load(type.binaryName());
    if (loadedType.isEmpty()) {
      return List.of();
    }
    Map<String, JType> binding = ownBinding(type, loadedType.get());
    List<JType> supertypes = new ArrayList<>();
    Type superclass = loadedType.get().getGenericSuperclass();
    if (superclass != null) {
      addIfKnown(supertypes, convert(superclass, binding));
    }
    for (Type implemented : loadedType.get().getGenericInterfaces()) {
      addIfKnown(supertypes, convert(implemented, binding));
    }
    return supertypes;
  }

  private static void addIfKnown(List<JType> types, JType type) {
    if (type != null) {
      types.add(type);
    }
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private List<Method> methods(String binaryName, String name, int arity) {
    Optional<Class<?>> type = load(binaryName);
    if (type.isEmpty()) {
      return List.of();
    }
    List<Method> found = new ArrayList<>();
    try {
      for (Method method : inheritableMethods(type.get())) {
        if (method.getName().equals(name) && !method.isBridge() && !method.isSynthetic()
            && (method.getParameterCount() == arity
                || method.isVarArgs() && arity >= method.getParameterCount() - 1)) {
          found.add(method);
        }
      }
      if (found.isEmpty() && type.get().isInterface()) {
        for (Method method : Object.class.getMethods()) {
          if (method.getName().equals(name) && method.getParameterCount() == arity) {
            found.add(method);
          }
        }
      }
    } catch (LinkageError | SecurityException e) {
      return List.of();
    }
    return found;
  }

  /**
   * Returns the values of the type variables of {@code declaring} as seen from {@code receiver},
   * following the generic supertypes from the receiver up to the declaring class.
   */
  private Map<String, JType> binding(JType receiver, Class<?> declaring) {
    Optional<Class<?>> start = load(receiver.binaryName());
    if (start.isEmpty()) {
      return Map.of();
    }
    return bindingFrom(start.get(), ownBinding(receiver, start.get()), declaring, 0);
  }

  private Map<String, JType> bindingFrom(
      Class<?> current, Map<String, JType> binding, Class<?> declaring, int depth) {
    if (current.equals(declaring)) {
      return binding;
    }
    if (depth > 20) {
      return null;
    }
    List<Type> supertypes = new ArrayList<>();
    if (current.getGenericSuperclass() != null) {
      supertypes.add(current.getGenericSuperclass());
    }
    supertypes.addAll(List.of(current.getGenericInterfaces()));
    for (Type supertype : supertypes) {
      Class<?> raw = rawClass(supertype);
      if (raw == null || !declaring.isAssignableFrom(raw)) {
        continue;
      }
      Map<String, JType> next = new HashMap<>();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      if (supertype instanceof ParameterizedType parameterized) {
        Type[] arguments = parameterized.getActualTypeArguments();
        for (int i = 0; i < variables.length && i < arguments.length; i++) {
          JType value = convert(arguments[i], binding);
          if (value != null) {
            next.put(variables[i].getName(), value);
          }
        }
      }
      Map<String, JType> found = bindingFrom(raw, next, declaring, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return Map.of();
  }

  private static Map<String, JType> ownBinding(JType type, Class<?> loadedType) {
    Map<String, JType> binding = new HashMap<>();
    TypeVariable<?>[] variables = loadedType.getTypeParameters();
    for (int i = 0; i < variables.length; i++) {
      JType value = type.argument(i);
      if (value != null) {
        binding.put(variables[i].getName(), value);
      }
    }
    return binding;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** Converts a reflected type, replacing type variables from the binding; {@code null} if unknown. */
  private JType convert(Type type, Map<String, JType> binding) {
    if (binding == null) {
      binding = Map.of();
    }
    if (type instanceof Class<?> c) {
      if (c.isPrimitive()) {
        return c == void.class ? null : JType.PRIMITIVE;
      }
      if (c.isArray()) {
        JType component = convert(c.getComponentType(), binding);
        return component == null ? null : JType.arrayOf(component);
      }
      return JType.of(c.getName(), JType.Origin.JDK);
    }
    if (type instanceof ParameterizedType parameterized) {
      JType raw = convert(parameterized.getRawType(), binding);
      if (raw == null) {
        return null;
      }
      List<JType> arguments = new ArrayList<>();
      for (Type argument : parameterized.getActualTypeArguments()) {
        arguments.add(convert(argument, binding));
      }
      return raw.withArguments(arguments);
    }
    if (type instanceof TypeVariable<?> variable) {
      return binding.get(variable.getName());
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getLowerBounds().length > 0) {
        return convert(wildcard.getLowerBounds()[0], binding);
      }
      Type[] upper = wildcard.getUpperBounds();
      return upper.length > 0 && upper[0] != Object.class ? convert(upper[0], binding) : null;
    }
    if (type instanceof GenericArrayType array) {
      JType component = convert(array.getGenericComponentType(), binding);
      return component == null ? null : JType.arrayOf(component);
    }
    return null;
  }

  private Optional<Class<?>> load(String binaryName) {
    if (!classes.contains(binaryName)) {
      return Optional.empty();
    }
    return loaded.computeIfAbsent(binaryName, JdkTypes::loadWithoutInitialising);
  }

  private static Optional<Class<?>> loadWithoutInitialising(String binaryName) {
    try {
      return Optional.of(Class.forName(binaryName, false, ClassLoader.getPlatformClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
