package dev.cleave.resolve;

import java.util.List;

/**
 * A resolved type: a binary name with type arguments, and where the type comes from.
 *
 * <p>Arrays are {@code "[]"} with the component as their one argument. An argument that could
 * not be worked out is {@code null}.
 *
 * @param binaryName the binary name, such as {@code java.util.Map$Entry}
 * @param arguments the type arguments, empty for a raw or non-generic type
 * @param origin whether the project, the JDK or a library declares the type
 */
record JType(String binaryName, List<JType> arguments, Origin origin) {

  static final String ARRAY = "[]";

  /** The type of a primitive value: known, but never a dependency and without members. */
  static final JType PRIMITIVE = new JType("<primitive>", List.of(), Origin.JDK);

  /** Where a type is declared. */
  enum Origin {
    PROJECT,
    JDK,
    /** Neither the project nor the JDK: a library, named by an import or a qualified name. */
    EXTERNAL
  }

  JType {
    arguments = arguments == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(arguments));
  }

  static JType of(String binaryName, Origin origin) {
    return new JType(binaryName, List.of(), origin);
  }

  static JType arrayOf(JType component) {
    return new JType(ARRAY, java.util.Arrays.asList(component), Origin.JDK);
  }

  boolean isPrimitive() {
    return binaryName.equals(PRIMITIVE.binaryName);
  }

  boolean isArray() {
    return binaryName.equals(ARRAY);
  }

  /** Returns the type argument at the index, or {@code null}. */
  JType argument(int index) {
    return index < arguments.size() ? arguments.get(index) : null;
  }

  /** Returns the innermost component of an array type, or this type. */
  JType elementType() {
    JType type = this;
    while (type != null && type.isArray()) {
      type = type.argument(0);
    }
    return type;
  }

  JType withArguments(List<JType> newArguments) {
    return new JType(binaryName, newArguments, origin);
  }
}
