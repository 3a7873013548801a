package dev.cleave.model;

import java.time.Instant;
import java.util.List;

/**
 * One person who made commits, with all the names and emails that git records for them.
 *
 * <p>The id is a pseudonym such as {@code author-1a2b3c4d}, the same on every run. Names and
 * emails are kept only when the user asks to show authors; otherwise they are {@code null} and
 * empty, so no report can print them.
 *
 * @param id the pseudonym
 * @param name the name used in most commits, or {@code null} when authors are hidden
 * @param email the email used in most commits, or {@code null} when authors are hidden
 * @param aliases every other name and email, sorted; empty when authors are hidden
 * @param commits the commits read by this person
 * @param lastCommit the author date of the person's newest commit
 */
public record Person(
    String id,
    String name,
    String email,
    List<String> aliases,
    int commits,
    Instant lastCommit) {

  public Person {
    aliases = List.copyOf(aliases);
  }

  /** Returns {@code Name <email>} when authors are shown, else the pseudonym. */
  public String label() {
    if (name == null) {
      return id;
    }
    return email == null || email.isEmpty() ? name : name + " <" + email + ">";
  }
}
