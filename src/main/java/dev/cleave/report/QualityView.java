package dev.cleave.report;

import dev.cleave.model.Analysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality section: the measures of the proposal, its shared library, the clustering's
 * signals and, when a ground truth was given, the agreement with it.
 */
final class QualityView {

  private QualityView() {}

  /**
   * Returns the quality section's values: the measures, the shared library with reasons, the
   * signals and, with a ground truth, the agreement; numbers are formatted here.
   */
  static Map<String, Object> of(Analysis analysis) {
    Map<String, Object> quality = new LinkedHashMap<>();
    var metrics = analysis.metrics();
    List<List<String>> measures = new ArrayList<>();
    measures.add(List.of("Modularity (Newman)", decimal(metrics.modularity()), "higher"));
    measures.add(List.of("Structural modularity (SM)", decimal(metrics.structuralModularity()),
        "higher"));
    measures.add(List.of("Inter-call percentage (ICP)",
        decimal(metrics.interCallPercentage()), "lower"));
    measures.add(List.of("Interface number (IFN)", decimal(metrics.interfaceNumber()), "lower"));
    measures.add(List.of("Non-extreme distribution (NED)",
        decimal(metrics.nonExtremeDistribution()), "lower"));
    measures.add(List.of("Team size reduction (TSR)", metrics.teamSizeReduction() == null
        ? "no history" : decimal(metrics.teamSizeReduction()), "lower"));
    quality.put("measures", measures);
    quality.put("resolution", decimal(analysis.proposal().resolution()));
    List<List<String>> signals = new ArrayList<>();
    analysis.proposal().signals().forEach(signal -> signals.add(List.of(signal.name(),
        decimal(signal.weight()), String.valueOf(signal.pairs()), signal.note())));
    quality.put("signals", signals);
    List<List<String>> shared = new ArrayList<>();
    analysis.proposal().sharedLibraries().forEach(library -> library.reasons().forEach(
        (id, reason) -> shared.add(List.of(library.name(), id, reason))));
    quality.put("shared", shared);
    var evaluation = analysis.evaluation();
    if (evaluation != null) {
      Map<String, Object> agreement = new LinkedHashMap<>();
      agreement.put("file", evaluation.truthFile());
      agreement.put("classes", evaluation.scoredClasses());
      agreement.put("missing", evaluation.missingClasses().size());
      agreement.put("mojoFm", String.format(Locale.ROOT, "%.1f%%", evaluation.mojoFm()));
      agreement.put("precision", decimal(evaluation.precision()));
      agreement.put("recall", decimal(evaluation.recall()));
      agreement.put("f1", decimal(evaluation.f1()));
      List<List<String>> matches = new ArrayList<>();
      evaluation.matches().forEach(match -> matches.add(List.of(match.truthService(),
          String.valueOf(match.truthSize()), match.proposedGroup(),
          String.valueOf(match.overlap()), String.valueOf(match.proposedSize()))));
      agreement.put("matches", matches);
      quality.put("agreement", agreement);
    }
    return quality;
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
