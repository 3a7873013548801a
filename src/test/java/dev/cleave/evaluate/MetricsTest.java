package dev.cleave.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.KindCount;
import dev.cleave.model.Location;
import dev.cleave.model.Metrics;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.SharedLibrary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The measures on one hand-built decomposition: services S1 = {A, B, C} and S2 = {D, E}, and
 * the dependencies A->B (2 calls of B#run), B->C (1 call of C#get), A->C (a field type),
 * D->E (3 calls of E#x), C->D (1 call of D#serve) and E->A (a field type).
 */
class MetricsTest {

  private static final List<Dependency> DEPENDENCIES = List.of(
      call("A", "B", "B#run", 2),
      call("B", "C", "C#get", 1),
      fieldType("A", "C"),
      call("D", "E", "E#x", 3),
      call("C", "D", "D#serve", 1),
      fieldType("E", "A"));

  private static final Proposal PROPOSAL = new Proposal(
      List.of(new Service("s1", List.of("A", "B", "C"), 30),
          new Service("s2", List.of("D", "E"), 20)),
      List.of(new SharedLibrary("shared", List.of("U"), 5, new TreeMap<>())),
      List.of(), 42, 1.0, List.of());

  @Test
  void modularityOfTwoServices() {
    // Undirected weights: A-B 2, B-C 1, A-C 1, D-E 3, C-D 1, A-E 1; m = 9.
    // Strengths: S1 = 4 + 3 + 3 = 10, S2 = 4 + 4 = 8. Inside: S1 4, S2 3.
    // Q = 4/9 - (10/18)^2 + 3/9 - (8/18)^2 = 252/324 - 164/324 = 22/81.
    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());

    assertThat(metrics.modularity()).isCloseTo(22.0 / 81, within(1e-12));
  }

  @Test
  void structuralModularityOfTwoServices() {
    // scoh1 = 3 / 3^2 = 1/3, scoh2 = 1 / 2^2 = 1/4, mean 7/24.
    // sigma12 = 2 (C->D, E->A), scop12 = 2 / (2 * 3 * 2) = 1/6, over 1 pair.
    // SM = 7/24 - 4/24 = 1/8.
    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());

    assertThat(metrics.structuralModularity()).isCloseTo(0.125, within(1e-12));
  }

  @Test
  void interCallPercentageUsesLogarithms() {
    // calls(S1,S1) = 3, calls(S1,S2) = 1, calls(S2,S2) = 3; E->A is no call.
    // ICP = ln 2 / (ln 4 + ln 2 + ln 4) = 1/5.
    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());

    assertThat(metrics.interCallPercentage()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void interfaceNumberCountsMembersAndTypes() {
    // S2 offers D#serve to S1; S1 offers class A to E, which names it without a member.
    // IFN = (1 + 1) / 2.
    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());

    assertThat(metrics.interfaceNumber()).isEqualTo(1.0);
  }

  @Test
  void nonExtremeDistributionCountsSmallServices() {
    // Both services have fewer than 5 classes: all 5 classes are in extreme services.
    Metrics small = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());
    // Services of 5 and 2 classes: NED = 1 - 5/7.
    Proposal mixed = new Proposal(List.of(
        new Service("big", List.of("A", "B", "C", "F", "G"), 50),
        new Service("small", List.of("D", "E"), 20)), List.of(), 42);
    Metrics metrics = EvaluateStage.measure(mixed, DEPENDENCIES, Map.of());

    assertThat(small.nonExtremeDistribution()).isEqualTo(1.0);
    assertThat(metrics.nonExtremeDistribution()).isCloseTo(2.0 / 7, within(1e-12));
  }

  @Test
  void teamSizeReductionAveragesTeamShares() {
    // All authors: ann, bob, cid. S1 is changed by ann and bob, S2 by cid and ann.
    // TSR = (2/3 + 2/3) / 2. U is in the shared library, so dan does not count.
    Map<String, Set<String>> authors = Map.of(
        "A", Set.of("ann"), "B", Set.of("bob"), "C", Set.of("ann"),
        "D", Set.of("cid"), "E", new TreeSet<>(Set.of("cid", "ann")), "U", Set.of("dan"));

    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, authors);

    assertThat(metrics.teamSizeReduction()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void teamSizeReductionIsAbsentWithoutHistory() {
    Metrics metrics = EvaluateStage.measure(PROPOSAL, DEPENDENCIES, Map.of());

    assertThat(metrics.teamSizeReduction()).isNull();
    assertThat(metrics.services()).isEqualTo(2);
    assertThat(metrics.classes()).isEqualTo(5);
  }

  private static Dependency call(String from, String to, String member, int count) {
    var kinds = new TreeMap<DependencyKind, KindCount>();
    kinds.put(DependencyKind.METHOD_CALL, new KindCount(count, new Location(from + ".java", 1)));
    return new Dependency(from, to, kinds, new TreeSet<>(Set.of(to)),
        new TreeMap<>(Map.of(member, count)), Set.of());
  }

  private static Dependency fieldType(String from, String to) {
    var kinds = new TreeMap<DependencyKind, KindCount>();
    kinds.put(DependencyKind.FIELD_TYPE, new KindCount(1, new Location(from + ".java", 1)));
    return new Dependency(from, to, kinds, new TreeSet<>(Set.of(to)), new TreeMap<>(), Set.of());
  }
}
