package dev.cleave.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code .mailmap} file: the proper name and email for identities recorded under others.
 *
 * <p>Each line has one of the four forms that gitmailmap(5) defines:
 *
 * <pre>
 * Proper Name &lt;commit@email&gt;
 * &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; &lt;commit@email&gt;
 * Proper Name &lt;proper@email&gt; Commit Name &lt;commit@email&gt;
 * </pre>
 *
 * <p>Emails and names match without regard to case, as in git. An entry with a commit name
 * takes precedence over one with the email alone. A line that starts with {@code #} is a
 * comment, and text after the last {@code >} of a line is ignored, as in git.
 */
final class Mailmap {

  /** A name and email, either as recorded or as mapped. */
  record Identity(String name, String email) {}

  private record Entry(String properName, String properEmail) {}

  private final Map<String, Entry> byEmail = new HashMap<>();
  private final Map<String, Entry> byNameAndEmail = new HashMap<>();

  static final Mailmap EMPTY = new Mailmap();

  private Mailmap() {}

  /** Parses the text of a {@code .mailmap}; lines it cannot read are skipped. */
  static Mailmap parse(String text) {
    Mailmap mailmap = new Mailmap();
    for (String line : text.split("\\R")) {
      mailmap.add(line);
    }
    return mailmap;
  }

  private void add(String line) {
    if (line.startsWith("#")) {
      return;
    }
    List<String> texts = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    int position = 0;
    while (emails.size() < 2) {
      int open = line.indexOf('<', position);
      if (open < 0) {
        break;
      }
      int close = line.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      texts.add(line.substring(position, open).strip());
      emails.add(line.substring(open + 1, close).strip());
      position = close + 1;
    }
    if (emails.isEmpty()) {
      return;
    }
    String properName = blankToNull(texts.get(0));
    if (emails.size() == 1) {
      byEmail.put(key(emails.get(0)), new Entry(properName, null));
      return;
    }
    Entry entry = new Entry(properName, blankToNull(emails.get(0)));
    String commitName = blankToNull(texts.get(1));
    if (commitName == null) {
      byEmail.put(key(emails.get(1)), entry);
    } else {
      byNameAndEmail.put(key(commitName) + '\n' + key(emails.get(1)), entry);
    }
  }

  /** Returns the identity that the mailmap gives for a recorded one. */
  Identity map(String name, String email) {
    Entry entry = byNameAndEmail.get(key(name) + '\n' + key(email));
    if (entry == null) {
      entry = byEmail.get(key(email));
    }
    if (entry == null) {
      return new Identity(name, email);
    }
    return new Identity(entry.properName() == null ? name : entry.properName(),
        entry.properEmail() == null ? email : entry.properEmail());
  }

  boolean isEmpty() {
    return byEmail.isEmpty() && byNameAndEmail.isEmpty();
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
