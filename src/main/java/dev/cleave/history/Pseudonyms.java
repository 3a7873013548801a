package dev.cleave.history;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for authors: {@code author-} and the first eight hex digits of
 * HMAC-SHA256, keyed with {@value #KEY}, of the person's normalised email (lower case, no
 * surrounding spaces), or of the normalised name when there is no email.
 *
 * <p>The key is fixed and public so that the same person gets the same pseudonym on every run
 * and machine, and reports of one project can be compared. A pseudonym hides an email from a
 * reader of the report. It does not protect the email from someone who already has a candidate
 * email, because they can compute its pseudonym to confirm it.
 */
final class Pseudonyms {

  /** The HMAC key. */
  static final String KEY = "cleave-author-pseudonym";

  private Pseudonyms() {}

  static String of(String normalised) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
      StringBuilder id = new StringBuilder("author-");
      for (int i = 0; i < 4; i++) {
        id.append(Character.forDigit((digest[i] >> 4) & 0xf, 16))
            .append(Character.forDigit(digest[i] & 0xf, 16));
      }
      return id.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no HmacSHA256, which every Java 17 has", e);
    }
  }
}
