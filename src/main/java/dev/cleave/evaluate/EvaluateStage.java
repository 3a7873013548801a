package dev.cleave.evaluate;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import dev.cleave.model.Evaluation;
import dev.cleave.model.Metrics;
import dev.cleave.model.Proposal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Measures a proposal, and compares it with a ground truth when one is given. */
public final class EvaluateStage {

  private EvaluateStage() {}

  /**
   * Returns the quality measures of the proposal's services; shared libraries are left out.
   *
   * @param authors the people who changed each class, by class id; empty without history
   */
  public static Metrics measure(Proposal proposal, List<Dependency> dependencies,
      Map<String, ? extends Set<String>> authors) {
    Decomposition services = Decomposition.of(proposal, false);
    return new Metrics(
        services.groups().size(),
        services.groupOf().size(),
        NewmanModularity.of(services, dependencies),
        StructuralModularity.of(services, dependencies),
        InterCallPercentage.of(services, dependencies),
        InterfaceNumber.of(services, dependencies),
        NonExtremeDistribution.of(services),
        TeamSizeReduction.of(services, authors));
  }

  /**
   * Returns how far the proposal agrees with the ground truth, over the classes both have.
   *
   * @param truthFile the ground truth's file name, for the report
   * @param truth the service of each class, by binary name
   */
  public static Evaluation evaluate(Proposal proposal, List<ClassInfo> classes, String truthFile,
      SortedMap<String, String> truth) {
    Map<String, String> idOfName = new HashMap<>();
    for (ClassInfo info : classes) {
      if (!info.flags().contains(ClassInfo.Flag.DUPLICATE)) {
        idOfName.put(info.name(), info.id());
      }
    }
    Decomposition proposed = Decomposition.of(proposal, true);
    SortedMap<String, String> scored = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    truth.forEach((name, service) -> {
      String id = idOfName.get(name);
      if (id == null || !proposed.groupOf().containsKey(id)) {
        missing.add(name);
      } else {
        scored.put(id, service);
      }
    });
    Decomposition expected = new Decomposition(scored);
    Decomposition actual = proposed.restrictedTo(scored.keySet());
    PairwiseAgreement pairs = PairwiseAgreement.of(actual, expected);
    return new Evaluation(truthFile, scored.size(), missing, MoJoFm.of(actual, expected),
        pairs.precision(), pairs.recall(), pairs.f1(), matches(actual, expected));
  }

  private static List<Evaluation.ServiceMatch> matches(Decomposition actual,
      Decomposition expected) {
    Map<String, List<String>> proposedGroups = actual.groups();
    List<Evaluation.ServiceMatch> matches = new ArrayList<>();
    expected.groups().forEach((service, members) -> {
      SortedMap<String, Integer> overlap = new TreeMap<>();
      members.forEach(id -> overlap.merge(actual.groupOf().get(id), 1, Integer::sum));
      String best = null;
      for (Map.Entry<String, Integer> entry : overlap.entrySet()) {
        if (best == null || entry.getValue() > overlap.get(best)) {
          best = entry.getKey();
        }
      }
      matches.add(new Evaluation.ServiceMatch(service, members.size(), best, overlap.get(best),
          proposedGroups.get(best).size()));
    });
    return matches;
  }
}
