package dev.cleave.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.model.Analysis;
import dev.cleave.model.ChangeStats;
import dev.cleave.model.CoChange;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.OwnershipViolation;
import dev.cleave.model.Person;
import dev.cleave.model.ServiceOwnership;
import dev.cleave.model.Team;
import dev.cleave.model.TeamLoad;
import java.time.Instant;
import java.util.List;

/**
 * Writes the history, the teams and the owners of services into {@code analysis.json}.
 *
 * <p>People appear by their pseudonymous id. Their names and emails appear only when the
 * history contains them, which it does only when the user asked to show authors. The time
 * spent reading the history is left out, because it differs between runs of the same input.
 */
final class HistoryJson {

  private final ObjectMapper mapper;
  private final Analysis analysis;

  HistoryJson(ObjectMapper mapper, Analysis analysis) {
    this.mapper = mapper;
    this.analysis = analysis;
  }

  /**
   * Adds {@code owner}, {@code runnerUp}, {@code mainAuthor} and {@code violations}; they are
   * {@code null} and empty when the history could not be read.
   */
  void addOwnership(ObjectNode service, String name) {
    ServiceOwnership ownership = analysis.ownership().service(name);
    if (ownership == null) {
      service.putNull("recentChanges");
      service.putNull("owner");
      service.putNull("runnerUp");
      service.putNull("unattributedShare");
      service.putNull("mainAuthor");
      service.putArray("violations");
      return;
    }
    service.put("recentChanges", ownership.recentChanges());
    service.set("owner", share("team", ownership.owner(), ownership.share()));
    service.set("runnerUp", share("team", ownership.runnerUp(), ownership.runnerUpShare()));
    service.put("unattributedShare", ownership.unattributedShare());
    ObjectNode author = share("id", ownership.mainAuthor(), ownership.mainAuthorShare());
    if (author != null) {
      addName(author, analysis.history().person(ownership.mainAuthor()));
    }
    service.set("mainAuthor", author);
    service.set("violations", violations(ownership.violations()));
  }

  /** Returns the {@code teams} array: members, services and load of each team. */
  ArrayNode teams() {
    ArrayNode teams = mapper.createArrayNode();
    List<TeamLoad> loads = analysis.ownership().teams();
    for (Team team : analysis.history().teams()) {
      ObjectNode node = teams.addObject();
      node.put("name", team.name());
      node.put("source", lower(team.source().name()));
      node.put("inferred", team.inferred());
      ArrayNode members = node.putArray("members");
      for (String id : team.members()) {
        ObjectNode member = members.addObject();
        member.put("id", id);
        addName(member, analysis.history().person(id));
      }
      node.put("activeMembers", team.activeMembers().size());
      node.set("paths", strings(team.paths()));
      node.set("focus", strings(team.focus()));
      TeamLoad load = loads.stream().filter(l -> l.team().equals(team.name())).findFirst()
          .orElse(null);
      node.set("services", strings(load == null ? List.of() : load.services()));
      node.put("capacity", load == null ? 0 : load.capacity());
      node.put("overloaded", load != null && load.overloaded());
      node.set("violations", violations(load == null ? List.of() : load.violations()));
    }
    return teams;
  }

  /** Returns the {@code history} object. */
  ObjectNode history() {
    History history = analysis.history();
    ObjectNode node = mapper.createObjectNode();
    node.put("status", lower(history.status().name()));
    node.put("reason", history.reason());
    node.set("notes", strings(history.notes()));
    node.put("reader", history.reader());
    node.put("commitsRead", history.commitsRead());
    node.put("botCommits", history.botCommits());
    node.put("newestCommit", instant(history.newestCommit()));
    node.put("oldestCommit", instant(history.oldestCommit()));
    node.put("since", history.since() == null ? null : history.since().toString());
    node.put("halfLifeDays", history.halfLifeDays());
    node.put("authorsShown", history.authorsShown());
    node.put("teamSource", lower(history.teamSource().name()));
    ArrayNode people = node.putArray("people");
    history.people().forEach(person -> people.add(person(person)));
    ArrayNode files = node.putArray("files");
    for (FileHistory file : history.files()) {
      ObjectNode item = stats(file.stats(), false);
      item.put("path", file.path());
      files.add(item);
    }
    ObjectNode classes = node.putObject("classes");
    history.classes().forEach((id, stats) -> classes.set(id, stats(stats, true)));
    ArrayNode coChanges = node.putArray("coChanges");
    history.coChanges().forEach(pair -> coChanges.add(coChange(pair)));
    return node;
  }

  private ObjectNode person(Person person) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", person.id());
    addName(node, person);
    if (person.name() != null) {
      node.set("aliases", strings(person.aliases()));
    }
    node.put("commits", person.commits());
    node.put("lastCommit", instant(person.lastCommit()));
    return node;
  }

  private ObjectNode stats(ChangeStats stats, boolean withAuthors) {
    ObjectNode node = mapper.createObjectNode();
    node.put("commits", stats.commits());
    if (withAuthors) {
      node.set("authors", strings(stats.authors()));
    } else {
      node.put("authors", stats.authors().size());
    }
    node.put("linesAdded", stats.linesAdded());
    node.put("linesRemoved", stats.linesRemoved());
    node.put("lastChange", instant(stats.lastChange()));
    node.put("recentChanges", stats.recentChanges());
    return node;
  }

  private ObjectNode coChange(CoChange pair) {
    ObjectNode node = mapper.createObjectNode();
    node.put("first", pair.first());
    node.put("second", pair.second());
    node.put("sharedRevisions", pair.sharedRevisions());
    node.put("firstRevisions", pair.firstRevisions());
    node.put("secondRevisions", pair.secondRevisions());
    node.put("degree", pair.degree());
    return node;
  }

  private ObjectNode share(String key, String value, double share) {
    if (value == null) {
      return null;
    }
    ObjectNode node = mapper.createObjectNode();
    node.put(key, value);
    node.put("share", share);
    return node;
  }

  private ArrayNode violations(List<OwnershipViolation> violations) {
    ArrayNode array = mapper.createArrayNode();
    for (OwnershipViolation violation : violations) {
      ObjectNode node = array.addObject();
      node.put("kind", JsonReport.camel(violation.kind().name()));
      node.put("message", violation.message());
    }
    return array;
  }

  private static void addName(ObjectNode node, Person person) {
    if (person != null && person.name() != null) {
      node.put("name", person.name());
      node.put("email", person.email());
    }
  }

  private ArrayNode strings(java.util.Collection<String> values) {
    ArrayNode array = mapper.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static String lower(String constant) {
    return JsonReport.camel(constant);
  }
}
