package dev.cleave.model;

import java.util.List;

/**
 * The settings a project declares in its {@code cleave.yaml}.
 *
 * <p>Each section belongs to one concern; a section the file leaves out has its defaults. The
 * YAML keys are the component names.
 *
 * @param analysis which files to analyse and how to read them
 */
public record ProjectConfig(Analysis analysis) {

  /** The name of the configuration file at the root of an analysed project. */
  public static final String FILE_NAME = "cleave.yaml";

  public ProjectConfig {
    analysis = analysis == null ? Analysis.DEFAULT : analysis;
  }

  /** Returns the configuration of a project without {@code cleave.yaml}. */
  public static ProjectConfig defaults() {
    return new ProjectConfig(null);
  }

  /**
   * Which files to analyse and how to read them.
   *
   * @param includeTests whether test sources are analysed, unless the command line says
   * @param encoding the encoding of all sources, or {@code null} for the build's
   * @param exclude glob patterns of paths, relative to the root, that are left out
   */
  public record Analysis(Boolean includeTests, String encoding, List<String> exclude) {

    static final Analysis DEFAULT = new Analysis(null, null, List.of());

    public Analysis {
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
  }
}
