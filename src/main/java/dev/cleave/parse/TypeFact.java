package dev.cleave.parse;

import java.util.List;
import java.util.Set;

/**
 * A named type declared in a file: a top-level or member type, or a local type.
 *
 * @param binaryName the binary name, {@code com.acme.Product$Variant} for a member type
 * @param kind what sort of type it is
 * @param scope where the names in its header and members are resolved
 * @param line the first line of the declaration
 * @param endLine the last line of the declaration
 * @param typeParameters the names of its type parameters, in order
 * @param supertypes its superclass and interfaces as written
 * @param fields its fields, including enum constants and record components
 * @param methods its methods, including ones that Lombok would generate
 * @param annotations the annotations on the type, as written
 * @param methodAnnotations the annotations found on its methods, as written
 * @param flags facts about the type used by later stages
 */
public record TypeFact(
    String binaryName,
    Kind kind,
    Scope scope,
    int line,
    int endLine,
    List<String> typeParameters,
    List<TypeExpr> supertypes,
    List<FieldFact> fields,
    List<MethodFact> methods,
    List<String> annotations,
    Set<String> methodAnnotations,
    Set<Flag> flags) {

  public TypeFact {
    typeParameters = List.copyOf(typeParameters);
    supertypes = List.copyOf(supertypes);
    fields = List.copyOf(fields);
    methods = List.copyOf(methods);
    annotations = List.copyOf(annotations);
    methodAnnotations = Set.copyOf(methodAnnotations);
    flags = Set.copyOf(flags);
  }

  /** The sort of a declared type. */
  public enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }

  /** A fact about a type that is not part of its members. */
  public enum Flag {
    /** Marked {@code @Generated} or with a generator's header comment. */
    GENERATED,
    /** Declared inside a method or initializer, or anonymous. */
    LOCAL,
    /** Has {@code public static void main(String[])}. */
    MAIN_METHOD,
    /** Declared in a file that did not parse cleanly, so its members may be incomplete. */
    FROM_BROKEN_FILE
  }

  /** Returns the first field with the name, or {@code null}. */
  public FieldFact field(String name) {
    for (FieldFact field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }
}
