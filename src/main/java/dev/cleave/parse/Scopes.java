package dev.cleave.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names visible at a point of a file while it is walked: variables with their declared
 * types, type variables, and local types.
 *
 * <p>Each block, method, lambda and type body opens a frame; a name is looked up from the
 * innermost frame outwards, which is how Java lets a local variable hide a field.
 */
final class Scopes {

  private final Deque<Frame> frames = new ArrayDeque<>();

  private static final class Frame {
    final Map<String, TypeExpr> variables = new HashMap<>();
    final Map<String, String> typeVariables = new HashMap<>();
    final Map<String, String> localTypes = new HashMap<>();
  }

  void push() {
    frames.push(new Frame());
  }

  void pop() {
    frames.pop();
  }

  void declareVariable(String name, TypeExpr type) {
    frames.peek().variables.put(name, type);
  }

  /** Declares a type variable; {@code declaringType} is {@code null} for a method's own. */
  void declareTypeVariable(String name, String declaringType) {
    frames.peek().typeVariables.put(name, declaringType == null ? "" : declaringType);
  }

  void declareLocalType(String simpleName, String binaryName) {
    frames.peek().localTypes.put(simpleName, binaryName);
  }

  /** Returns the type of the innermost variable with the name, or {@code null}. */
  TypeExpr variable(String name) {
    for (Frame frame : frames) {
      TypeExpr type = frame.variables.get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /**
   * Returns the type that declares the innermost type variable with the name: a binary name,
   * {@code ""} for a method's type variable, or {@code null} if no type variable has the name.
   * A local type of the same name declared further in hides it.
   */
  String typeVariable(String name) {
    for (Frame frame : frames) {
      if (frame.localTypes.containsKey(name)) {
        return null;
      }
      String owner = frame.typeVariables.get(name);
      if (owner != null) {
        return owner;
      }
    }
    return null;
  }

  /** Returns the binary name of the innermost local type with the simple name, or {@code null}. */
  String localType(String name) {
    for (Frame frame : frames) {
      String binary = frame.localTypes.get(name);
      if (binary != null) {
        return binary;
      }
      if (frame.typeVariables.containsKey(name)) {
        return null;
      }
    }
    return null;
  }

  /** Returns the names of all visible local types, for naming a new one uniquely. */
  Set<String> localTypeNames() {
    Set<String> names = new HashSet<>();
    for (Frame frame : frames) {
      names.addAll(frame.localTypes.values());
    }
    return names;
  }
}
