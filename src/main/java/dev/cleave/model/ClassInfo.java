package dev.cleave.model;

import java.util.List;
import java.util.Set;

/**
 * A top-level class of the analysed project: the unit that services are made of.
 *
 * @param id the class id: the binary name, or {@code name@sourceRoot} for a second definition
 *     of a type that another file also declares
 * @param name the binary name
 * @param path the file that declares it, relative to the analysed root
 * @param module the module folder, {@code ""} for the root
 * @param kind what sort of type it is
 * @param lines the lines its declaration spans, comments inside it included
 * @param nestedTypes the binary names of its member types
 * @param annotations the annotations on the type, fully qualified where they resolved
 * @param methodAnnotations the annotations on its methods, fully qualified where they resolved
 * @param supertypes its direct supertypes, fully qualified where they resolved
 * @param flags facts about the class
 */
public record ClassInfo(
    String id,
    String name,
    String path,
    String module,
    Kind kind,
    int lines,
    List<String> nestedTypes,
    List<String> annotations,
    List<String> methodAnnotations,
    List<String> supertypes,
    Set<Flag> flags) {

  public ClassInfo {
    nestedTypes = List.copyOf(nestedTypes);
    annotations = List.copyOf(annotations);
    methodAnnotations = List.copyOf(methodAnnotations);
    supertypes = List.copyOf(supertypes);
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

  /** A fact about a class. */
  public enum Flag {
    /** Marked as generated, by annotation or header comment. */
    GENERATED,
    /** A second definition of a type that another file declares too. */
    DUPLICATE,
    /** Declared in a file that did not parse cleanly: its dependencies may be incomplete. */
    FROM_BROKEN_FILE,
    /** Has a {@code main} method. */
    MAIN_METHOD
  }

  /** Returns the package name. */
  public String packageName() {
    return TypeNames.packageOf(name);
  }

  /** Returns the simple name. */
  public String simpleName() {
    return TypeNames.simpleNameOf(name);
  }
}
