package dev.cleave;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ProjectConfig;
import java.nio.file.FileSystems;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Checks every path glob of a run before any stage compiles it, so that a pattern such as
 * {@code src/[a} is a settings error that names the pattern and where it was given, not an
 * internal error in discovery or a silently lost history.
 */
final class GlobPatterns {

  private GlobPatterns() {}

  static void check(AnalysisOptions options) throws Cleave.InvalidSettingsException {
    String file = options.configFile() == null ? "cleave.yaml"
        : options.configFile().toString();
    ProjectConfig config = options.config();
    check(options.includes(), "--include");
    check(options.excludes(), "--exclude");
    check(config.analysis().include(), "analysis.include of " + file);
    check(config.analysis().exclude(), "analysis.exclude of " + file);
    for (ProjectConfig.Team team : config.teams()) {
      check(team.paths(), "the paths of team " + team.name() + " in " + file);
    }
  }

  private static void check(List<String> patterns, String where)
      throws Cleave.InvalidSettingsException {
    for (String pattern : patterns) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (PatternSyntaxException e) {
        throw new Cleave.InvalidSettingsException("invalid glob pattern '" + pattern + "' in "
            + where + ": " + e.getDescription() + " at index " + e.getIndex()
            + "; close the bracket or brace, or escape it with a backslash");
      }
    }
  }
}
