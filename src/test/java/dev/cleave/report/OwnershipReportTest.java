package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.model.Analysis;
import dev.cleave.model.ChangeStats;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.CoChange;
import dev.cleave.model.Conformance;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.Metrics;
import dev.cleave.model.Ownership;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.OwnershipViolation.Kind;
import dev.cleave.model.Person;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.Structure;
import dev.cleave.model.Team;
import dev.cleave.model.TeamLoad;
import dev.cleave.model.Unresolved;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OwnershipReportTest {

  private static final Instant DAY = Instant.parse("2024-01-21T12:00:00Z");
  private static final String TEAM = "<script>alert(1)</script> & co";
  private static final Metrics METRICS = new Metrics(1, 1, 0, 0, 0, 0, 0, null);

  private static Analysis analysis(boolean shown) {
    Person alice = shown
        ? new Person("author-7dd7e3a8", "Alice <b>", "alice@example.com", List.of("a@old"), 3,
            DAY)
        : new Person("author-7dd7e3a8", null, null, List.of(), 3, DAY);
    ChangeStats stats = new ChangeStats(3, 5, 1, DAY, 1.75,
        new TreeMap<>(Map.of("author-7dd7e3a8", 3)),
        new TreeMap<>(Map.of("author-7dd7e3a8", 1.75)), new TreeMap<>(Map.of(TEAM, 1.75)));
    History history = new History(History.Status.SHALLOW, "The clone is shallow.",
        List.of("a note"), "git", 3, 1, DAY, DAY.minusSeconds(86_400), null, 10, shown,
        Duration.ofMillis(1234), List.of(alice), History.TeamSource.DECLARED,
        List.of(new Team(TEAM, History.TeamSource.DECLARED, List.of("author-7dd7e3a8"),
            List.of("author-7dd7e3a8"), List.of("billing/**"), List.of("billing"))),
        List.of(new FileHistory("billing/Invoice.java", stats)),
        new TreeMap<>(Map.of("billing.Invoice", stats)),
        List.of(new CoChange("billing.Invoice", "billing.Tax", 5, 6, 7)));
    OwnershipViolation risk = new OwnershipViolation(Kind.KNOWLEDGE_RISK, "One person <i>.");
    Ownership ownership = new Ownership(true, ProjectConfig.Ownership.DEFAULT,
        List.of(new ServiceOwnership("billing", 1.75, TEAM, 1.0, null, 0, 0,
            "author-7dd7e3a8", 1.0, List.of(risk))),
        List.of(new TeamLoad(TEAM, 1, 1, List.of("billing"), List.of())));
    ClassInfo invoice = new ClassInfo("billing.Invoice", "billing.Invoice",
        "billing/Invoice.java", "", ClassInfo.Kind.CLASS, 10, List.of(), List.of(), List.of(),
        List.of(), Set.of());
    Structure structure = new Structure(List.of(invoice), List.of(), List.of(), List.of(),
        new TreeMap<>(), new Unresolved(0, new TreeMap<>(), new TreeMap<>(), List.of()),
        List.of(), List.of());
    Proposal proposal = new Proposal(
        List.of(new Service("billing", List.of("billing.Invoice"), 10, new TreeMap<>())),
        List.of(), List.of(), 42, 1.0, List.of());
    return new Analysis(new ProjectSummary("shop", List.of(""), 1, 10, List.of(), 0),
        structure, proposal, List.of(), METRICS, null, Conformance.NONE, history, ownership);
  }

  private static JsonNode json(Analysis analysis) throws Exception {
    return new ObjectMapper().readTree(JsonReport.write(analysis));
  }

  @Test
  void jsonServiceHasOwnerAndViolations() throws Exception {
    JsonNode service = json(analysis(false)).get("services").get(0);

    assertThat(service.get("owner").get("team").asText()).isEqualTo(TEAM);
    assertThat(service.get("owner").get("share").asDouble()).isEqualTo(1.0);
    assertThat(service.get("runnerUp").isNull()).isTrue();
    assertThat(service.get("mainAuthor").get("id").asText()).isEqualTo("author-7dd7e3a8");
    assertThat(service.get("mainAuthor").has("email")).isFalse();
    assertThat(service.get("violations").get(0).get("kind").asText())
        .isEqualTo("knowledgeRisk");
    assertThat(service.get("violations").get(0).get("message").asText())
        .isEqualTo("One person <i>.");
  }

  @Test
  void jsonTeamsListPseudonymousMembers() throws Exception {
    JsonNode team = json(analysis(false)).get("teams").get(0);

    assertThat(team.get("name").asText()).isEqualTo(TEAM);
    assertThat(team.get("source").asText()).isEqualTo("declared");
    assertThat(team.get("inferred").asBoolean()).isFalse();
    assertThat(team.get("members").toString()).isEqualTo("[{\"id\":\"author-7dd7e3a8\"}]");
    assertThat(team.get("services").toString()).isEqualTo("[\"billing\"]");
    assertThat(team.get("capacity").asInt()).isEqualTo(1);
    assertThat(team.get("overloaded").asBoolean()).isFalse();
  }

  @Test
  void jsonHistoryHasStatusCountsAndClasses() throws Exception {
    JsonNode history = json(analysis(false)).get("history");

    assertThat(history.get("status").asText()).isEqualTo("shallow");
    assertThat(history.get("reason").asText()).isEqualTo("The clone is shallow.");
    assertThat(history.get("commitsRead").asInt()).isEqualTo(3);
    assertThat(history.get("botCommits").asInt()).isEqualTo(1);
    assertThat(history.get("reader").asText()).isEqualTo("git");
    assertThat(history.get("newestCommit").asText()).isEqualTo("2024-01-21T12:00:00Z");
    assertThat(history.has("readTime")).isFalse();
    assertThat(history.get("classes").get("billing.Invoice").get("authors").toString())
        .isEqualTo("[\"author-7dd7e3a8\"]");
    assertThat(history.get("classes").get("billing.Invoice").get("recentChanges").asDouble())
        .isEqualTo(1.75);
    assertThat(history.get("coChanges").get(0).get("degree").asDouble()).isEqualTo(5 / 6.5);
    assertThat(history.get("people").get(0).toString()).isEqualTo(
        "{\"id\":\"author-7dd7e3a8\",\"commits\":3,\"lastCommit\":\"2024-01-21T12:00:00Z\"}");
  }

  @Test
  void jsonShowsNamesOnlyWhenAuthorsShown() throws Exception {
    String hidden = JsonReport.write(analysis(false));
    JsonNode shown = json(analysis(true));

    assertThat(hidden).doesNotContain("alice").doesNotContain("Alice");
    assertThat(shown.get("teams").get(0).get("members").get(0).get("email").asText())
        .isEqualTo("alice@example.com");
    assertThat(shown.get("history").get("people").get(0).get("aliases").toString())
        .isEqualTo("[\"a@old\"]");
  }

  @Test
  void jsonTwiceIsSameBytes() throws Exception {
    assertThat(JsonReport.write(analysis(false))).isEqualTo(JsonReport.write(analysis(false)));
  }

  @Test
  void htmlSectionEscapesNamesAndListsOwners() throws Exception {
    String html = HtmlReport.render(analysis(true), "1.0");

    assertThat(html).contains("<section id=\"ownership\">");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    assertThat(html).doesNotContain("<script>alert(1)");
    assertThat(html).contains("Alice &lt;b&gt; &lt;alice@example.com&gt; (100.0%)");
    assertThat(html).contains("One person &lt;i&gt;.");
    assertThat(html).contains("3 commits read with git");
    assertThat(html).contains("The clone is shallow.");
  }

  private static Analysis withoutHistory() {
    Analysis analysis = analysis(false);
    History unread = History.unread(History.Status.NO_REPOSITORY, "No git repository holds x.",
        null, 365, false);
    return new Analysis(analysis.project(), analysis.structure(), analysis.proposal(),
        List.of(), METRICS, null, Conformance.NONE, unread,
        Ownership.none(ProjectConfig.Ownership.DEFAULT));
  }

  @Test
  void htmlSectionSaysWhyHistoryIsMissing() throws Exception {
    String html = HtmlReport.render(withoutHistory(), "1.0");

    assertThat(html).contains("<p class=\"warning\">No git repository holds x.</p>");
  }

  @Test
  void jsonWithoutHistoryHasNullOwners() throws Exception {
    JsonNode root = json(withoutHistory());

    JsonNode service = root.get("services").get(0);
    assertThat(service.get("owner").isNull()).isTrue();
    assertThat(service.get("violations").size()).isZero();
    assertThat(root.get("teams").size()).isZero();
    assertThat(root.get("history").get("status").asText()).isEqualTo("noRepository");
    assertThat(root.get("history").get("reason").asText())
        .isEqualTo("No git repository holds x.");
  }
}
