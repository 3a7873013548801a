package dev.cleave.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.Ownership;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.OwnershipViolation.Kind;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.Team;
import dev.cleave.model.TeamLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OwnershipAnalysisTest {

  private static final Instant DAY = Instant.parse("2024-01-01T00:00:00Z");

  private final List<ClassInfo> classes = new ArrayList<>();
  private final List<FileHistory> files = new ArrayList<>();
  private final List<Service> services = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();

  /** Adds a service of one class in one file with the given recent changes. */
  private void service(String name, Map<String, Double> byTeam, Map<String, Double> byAuthor) {
    String path = name + "/Main.java";
    classes.add(classAt(name + ".Main", path));
    double total = byAuthor.values().stream().mapToDouble(Double::doubleValue).sum();
    files.add(new FileHistory(path, new ChangeStats(byAuthor.size(), 10, 2, DAY, total,
        new TreeMap<>(), new TreeMap<>(byAuthor), new TreeMap<>(byTeam))));
    services.add(new Service(name, List.of(name + ".Main"), 10, new TreeMap<>()));
  }

  private void team(String name, int activeMembers) {
    List<String> active = new ArrayList<>();
    for (int i = 0; i < activeMembers; i++) {
      active.add(name + "-person-" + i);
    }
    teams.add(new Team(name, History.TeamSource.DECLARED, active, active, List.of(), List.of()));
  }

  private static ClassInfo classAt(String id, String path) {
    return new ClassInfo(id, id, path, "", ClassInfo.Kind.CLASS, 10, List.of(), List.of(),
        List.of(), List.of(), Set.of());
  }

  private static Proposal proposal(List<Service> services) {
    return new Proposal(services, List.of(), List.of(), 42, 1.0, List.of());
  }

  private Ownership analyse() {
    History history = new History(History.Status.COMPLETE, "", List.of(), "git", 10, 0, DAY,
        DAY, null, 365, false, Duration.ZERO, List.of(), History.TeamSource.DECLARED, teams,
        files, new TreeMap<>(), List.of());
    return new OwnershipAnalysis(ProjectConfig.Ownership.DEFAULT)
        .analyse(proposal(services), classes, history);
  }

  @Test
  void clearOwnerHasNoViolation() {
    team("payments", 4);
    team("logistics", 2);
    service("billing", Map.of("payments", 3.0, "logistics", 1.0),
        Map.of("p1", 2.0, "p2", 1.0, "p3", 1.0));

    ServiceOwnership billing = analyse().service("billing");

    assertThat(billing.owner()).isEqualTo("payments");
    assertThat(billing.share()).isEqualTo(0.75);
    assertThat(billing.runnerUp()).isEqualTo("logistics");
    assertThat(billing.runnerUpShare()).isEqualTo(0.25);
    assertThat(billing.unattributedShare()).isEqualTo(0.0);
    assertThat(billing.mainAuthor()).isEqualTo("p1");
    assertThat(billing.mainAuthorShare()).isEqualTo(0.5);
    assertThat(billing.recentChanges()).isEqualTo(4.0);
    assertThat(billing.violations()).isEmpty();
  }

  @Test
  void splitServiceHasNoClearOwnerAndCloseTeams() {
    team("payments", 4);
    team("logistics", 4);
    service("billing", Map.of("payments", 4.5, "logistics", 4.0),
        Map.of("p1", 4.0, "p2", 4.0, "p3", 2.0));

    ServiceOwnership billing = analyse().service("billing");

    assertThat(billing.owner()).isEqualTo("payments");
    assertThat(billing.share()).isEqualTo(0.45);
    assertThat(billing.unattributedShare()).isEqualTo(0.15);
    assertThat(billing.violations()).containsExactly(
        new OwnershipViolation(Kind.NO_CLEAR_OWNER, "Its largest team, payments, made 45.0% of"
            + " its recent changes, less than the 50.0% a clear owner needs."),
        new OwnershipViolation(Kind.TEAMS_CLOSE, "Teams payments (45.0%) and logistics (40.0%)"
            + " are within 15.0 percentage points of each other, so two teams would share"
            + " it."));
  }

  @Test
  void runnerUpExactlyAtMarginIsClose() {
    team("a", 4);
    team("b", 4);
    service("s", Map.of("a", 0.6, "b", 0.45), Map.of("p1", 0.5, "p2", 0.5));

    List<OwnershipViolation> violations = analyse().service("s").violations();

    assertThat(violations).extracting(OwnershipViolation::kind)
        .containsExactly(Kind.TEAMS_CLOSE);
  }

  @Test
  void onePersonAboveRiskShareIsKnowledgeRisk() {
    team("payments", 4);
    service("billing", Map.of("payments", 5.0), Map.of("p1", 4.0, "p2", 1.0));

    ServiceOwnership billing = analyse().service("billing");

    assertThat(billing.share()).isEqualTo(1.0);
    assertThat(billing.runnerUp()).isNull();
    assertThat(billing.violations()).containsExactly(new OwnershipViolation(
        Kind.KNOWLEDGE_RISK, "One person, p1, made 80.0% of its recent changes, so its"
            + " knowledge sits with them."));
  }

  @Test
  void teamOwningTooManyServicesIsOverloaded() {
    team("payments", 3);
    team("logistics", 4);
    service("billing", Map.of("payments", 1.0), Map.of("p1", 0.5, "p2", 0.5));
    service("invoices", Map.of("payments", 1.0), Map.of("p1", 0.5, "p2", 0.5));
    service("shipping", Map.of("logistics", 1.0), Map.of("p3", 0.5, "p4", 0.5));

    Ownership ownership = analyse();

    TeamLoad payments = ownership.teams().get(0);
    assertThat(payments.services()).containsExactly("billing", "invoices");
    assertThat(payments.activeMembers()).isEqualTo(3);
    assertThat(payments.capacity()).isEqualTo(1);
    assertThat(payments.overloaded()).isTrue();
    assertThat(payments.violations()).containsExactly(new OwnershipViolation(
        Kind.TEAM_OVERLOADED, "Team payments owns 2 services, but its 3 active members can"
            + " carry 1 at 0.5 services per member."));
    TeamLoad logistics = ownership.teams().get(1);
    assertThat(logistics.capacity()).isEqualTo(2);
    assertThat(logistics.overloaded()).isFalse();
    assertThat(ownership.violationCount()).isEqualTo(1);
  }

  @Test
  void serviceWithoutChangesHasNoHistory() {
    team("payments", 2);
    classes.add(classAt("new.Thing", "new/Thing.java"));
    services.add(new Service("new", List.of("new.Thing"), 5, new TreeMap<>()));

    ServiceOwnership service = analyse().service("new");

    assertThat(service.owner()).isNull();
    assertThat(service.violations()).containsExactly(new OwnershipViolation(Kind.NO_HISTORY,
        "No commit read changed its 1 file, so no team can be shown to own it."));
  }

  @Test
  void unattributedChangesHaveNoOwner() {
    service("legacy", Map.of(), Map.of("p1", 1.0, "p2", 1.0));

    ServiceOwnership legacy = analyse().service("legacy");

    assertThat(legacy.owner()).isNull();
    assertThat(legacy.unattributedShare()).isEqualTo(1.0);
    assertThat(legacy.violations()).containsExactly(new OwnershipViolation(
        Kind.NO_CLEAR_OWNER, "No team accounts for any of its recent changes."));
  }

  @Test
  void fileOfTwoClassesCountsOnce() {
    team("payments", 2);
    service("billing", Map.of("payments", 1.0), Map.of("p1", 0.5, "p2", 0.5));
    classes.add(classAt("billing.Helper", "billing/Main.java"));
    services.set(0, new Service("billing", List.of("billing.Helper", "billing.Main"), 20,
        new TreeMap<>()));

    ServiceOwnership billing = analyse().service("billing");

    assertThat(billing.recentChanges()).isEqualTo(1.0);
    assertThat(billing.share()).isEqualTo(1.0);
  }

  @Test
  void unreadHistoryGivesNoOwnership() {
    History unread = History.unread(History.Status.NO_REPOSITORY, "none", null, 365, false);

    Ownership ownership = new OwnershipAnalysis(ProjectConfig.Ownership.DEFAULT)
        .analyse(proposal(List.of()), List.of(), unread);

    assertThat(ownership.available()).isFalse();
    assertThat(ownership.services()).isEmpty();
    assertThat(ownership.teams()).isEmpty();
  }
}
