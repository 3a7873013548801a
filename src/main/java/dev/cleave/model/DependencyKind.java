package dev.cleave.model;

/**
 * The construct through which one type refers to another.
 *
 * <p>Each kind names one place in Java source where a type name can occur or be implied. A
 * dependency between two classes carries a count per kind, so the report can say how the
 * coupling arises, and clustering can weigh kinds differently.
 */
public enum DependencyKind {
  EXTENDS,
  IMPLEMENTS,
  PERMITS,
  FIELD_TYPE,
  PARAM_TYPE,
  RETURN_TYPE,
  THROWS,
  LOCAL_VAR_TYPE,
  TYPE_ARG,
  RECORD_COMPONENT,
  ANNOTATION,
  ANNOTATION_VALUE,
  CONSTRUCTOR_CALL,
  METHOD_CALL,
  STATIC_CALL,
  FIELD_ACCESS,
  CONSTANT_REF,
  STATIC_IMPORT,
  CLASS_LITERAL,
  INSTANCEOF,
  CAST,
  PATTERN,
  ARRAY,
  CATCH,
  METHOD_REF,
  /** A {@code uses} directive of a module declaration. */
  USES,
  /** A {@code provides ... with} directive of a module declaration. */
  PROVIDES,
  /** A Javadoc {@code {@link}}, {@code {@linkplain}}, {@code @see} or {@code @throws} target. */
  JAVADOC;

  /** Returns whether the kind couples code, as opposed to documentation. */
  public boolean isCode() {
    return this != JAVADOC;
  }

  /** Returns whether the kind is a call or member access that becomes an API when cut. */
  public boolean isCall() {
    return switch (this) {
      case METHOD_CALL, STATIC_CALL, CONSTRUCTOR_CALL, FIELD_ACCESS, CONSTANT_REF, METHOD_REF ->
          true;
      default -> false;
    };
  }
}
