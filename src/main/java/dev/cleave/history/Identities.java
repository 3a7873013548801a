package dev.cleave.history;

import dev.cleave.model.Person;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Merges the identities that git recorded into people, and recognises bot accounts.
 *
 * <p>Identities are first mapped by {@code .mailmap}. Two identities are then the same person
 * when they share an email (ignoring case), or a name once accents are dropped, German umlauts
 * spelt out ({@code ü} as {@code ue}), punctuation removed and case ignored; merging is
 * transitive. A name of one word shorter than three letters, a name holding an email, and
 * generic names and emails such as {@code root} or {@code unknown} never merge, since many
 * people share them. A person's name and email are those of most of their commits, ties broken
 * alphabetically; the pseudonym comes from that email.
 */
final class Identities {

  private static final Set<String> GENERIC = Set.of(
      "root", "admin", "administrator", "user", "unknown", "nobody", "none", "anonymous",
      "jenkins", "hudson", "build", "builder", "ci", "bot", "git", "github", "gitlab", "svn",
      "cvs", "system", "test", "dev", "developer", "devnull", "noreply", "no-reply", "info",
      "no author", "localhost");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A person with every name and email they used, before pseudonyms hide them. */
  record Member(String id, List<String> names, List<String> emails) {}

  private final Map<Mailmap.Identity, String> idByIdentity;
  private final List<Person> people;
  private final List<Member> members;

  private Identities(Map<Mailmap.Identity, String> idByIdentity, List<Person> people,
      List<Member> members) {
    this.idByIdentity = idByIdentity;
    this.people = people;
    this.members = members;
  }

  /** Returns whether any bot pattern matches the identity's name or email. */
  static boolean isBot(Mailmap.Identity identity, List<Pattern> bots) {
    return Globs.matchesAny(bots, List.of(identity.name(), identity.email()));
  }

  /**
   * Merges identities into people.
   *
   * @param commits the commit times of each identity, already mapped and without bots
   * @param showAuthors whether people keep their names and emails
   */
  static Identities merge(Map<Mailmap.Identity, List<Instant>> commits, boolean showAuthors) {
    List<Mailmap.Identity> identities = new ArrayList<>(commits.keySet());
    identities.sort(Comparator.comparing(Mailmap.Identity::email)
        .thenComparing(Mailmap.Identity::name));
    int[] parent = new int[identities.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < identities.size(); i++) {
      for (String key : keys(identities.get(i))) {
        Integer first = firstByKey.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
    Map<Integer, List<Mailmap.Identity>> groups = new TreeMap<>();
    for (int i = 0; i < identities.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(identities.get(i));
    }
    return build(groups.values(), commits, showAuthors);
  }

  private static Identities build(Iterable<List<Mailmap.Identity>> groups,
      Map<Mailmap.Identity, List<Instant>> commits, boolean showAuthors) {
    Map<String, Draft> drafts = new TreeMap<>();
    for (List<Mailmap.Identity> group : groups) {
      Draft draft = Draft.of(group, commits);
      String base = Pseudonyms.of(draft.key());
      String id = base;
      for (int n = 2; drafts.containsKey(id); n++) {
        id = base + "-" + n;
      }
      drafts.put(id, draft);
    }
    Map<Mailmap.Identity, String> idByIdentity = new HashMap<>();
    List<Person> people = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    drafts.forEach((id, draft) -> {
      draft.identities.forEach(identity -> idByIdentity.put(identity, id));
      people.add(draft.toPerson(id, showAuthors));
      members.add(new Member(id, List.copyOf(draft.names.keySet()),
          List.copyOf(draft.emails.keySet())));
    });
    return new Identities(idByIdentity, people, members);
  }

  /** Returns the id of the person behind a mapped identity, or {@code null} for a bot. */
  String idOf(Mailmap.Identity identity) {
    return idByIdentity.get(identity);
  }

  /** Returns the people, sorted by id. */
  List<Person> people() {
    return people;
  }

  /** Returns the people with their names and emails, sorted by id, for matching teams. */
  List<Member> members() {
    return members;
  }

  /** Returns the normalised email of an identity, the pseudonym's input. */
  static String emailKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns a name without accents, punctuation or case, umlauts spelt out. */
  static String nameKey(String name) {
    String spelt = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
    String plain = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFKD))
        .replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static List<String> keys(Mailmap.Identity identity) {
    List<String> keys = new ArrayList<>(2);
    String email = emailKey(identity.email());
    int at = email.indexOf('@');
    if (at > 0 && !GENERIC.contains(email.substring(0, at))) {
      keys.add("email:" + email);
    }
    String name = nameKey(identity.name());
    boolean oneWord = name.indexOf(' ') < 0;
    if (!name.isEmpty() && !identity.name().contains("@") && !GENERIC.contains(name)
        && !(oneWord && name.length() < 3)) {
      keys.add("name:" + name);
    }
    return keys;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  /** A person being assembled from their identities. */
  private static final class Draft {
    final List<Mailmap.Identity> identities;
    final Map<String, Integer> names = new TreeMap<>();
    final Map<String, Integer> emails = new TreeMap<>();
    int commits;
    Instant last = Instant.EPOCH;

    private Draft(List<Mailmap.Identity> identities) {
      this.identities = identities;
    }

    static Draft of(List<Mailmap.Identity> group, Map<Mailmap.Identity, List<Instant>> times) {
      Draft draft = new Draft(group);
      for (Mailmap.Identity identity : group) {
        List<Instant> commitTimes = times.get(identity);
        draft.commits += commitTimes.size();
        draft.names.merge(identity.name(), commitTimes.size(), Integer::sum);
        draft.emails.merge(identity.email(), commitTimes.size(), Integer::sum);
        for (Instant time : commitTimes) {
          if (time.isAfter(draft.last)) {
            draft.last = time;
          }
        }
      }
      return draft;
    }

    String mainName() {
      return mostUsed(names);
    }

    String mainEmail() {
      return mostUsed(emails);
    }

    String key() {
      String email = emailKey(mainEmail());
      return email.isEmpty() ? nameKey(mainName()) : email;
    }

    Person toPerson(String id, boolean showAuthors) {
      if (!showAuthors) {
        return new Person(id, null, null, List.of(), commits, last);
      }
      Set<String> aliases = new TreeSet<>();
      aliases.addAll(names.keySet());
      aliases.addAll(emails.keySet());
      aliases.remove(mainName());
      aliases.remove(mainEmail());
      return new Person(id, mainName(), mainEmail(), List.copyOf(aliases), commits, last);
    }

    private static String mostUsed(Map<String, Integer> counts) {
      Map.Entry<String, Integer> best = null;
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        if (best == null || entry.getValue() > best.getValue()) {
          best = entry;
        }
      }
      return best == null ? "" : best.getKey();
    }
  }
}
