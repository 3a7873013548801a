package dev.cleave.source;

/** A {@code .java} file that discovery left out, with the reason. */
public record ExcludedFile(String path, Reason reason) {

  /** Why a file was left out of the analysis. */
  public enum Reason {
    TEST_SOURCE("test source (add --include-tests to analyse it)"),
    EXCLUDED_BY_CONFIG("matches an exclude pattern of cleave.yaml or the options"),
    NOT_INCLUDED("matches no include pattern of cleave.yaml or the options"),
    GENERATED_SOURCE("generated source"),
    BUILD_OUTPUT("build output folder"),
    SYMBOLIC_LINK("symbolic link, not followed (add --follow-links to follow it)"),
    OUTSIDE_ROOT("symbolic link to a place outside the analysed folder"),
    UNREADABLE("not readable"),
    REPORT_OUTPUT("inside Cleave's own report folder");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** Returns the reason as the report prints it. */
    public String description() {
      return description;
    }
  }
}
