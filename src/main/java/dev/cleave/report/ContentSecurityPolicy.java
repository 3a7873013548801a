package dev.cleave.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of the report page.
 *
 * <p>The page loads nothing: every script and style is inline. The policy allows exactly those
 * inline elements by their SHA-256 hashes, so neither {@code 'unsafe-inline'} nor any source
 * is needed, and a script or style that an analysed name might smuggle into the page would not
 * run. Inline event handlers and {@code style} attributes are not allowed either; the page uses
 * neither. {@code img-src data:} admits the empty favicon, which stops the browser from asking
 * for one.
 */
final class ContentSecurityPolicy {

  private ContentSecurityPolicy() {}

  /** Returns the policy that allows the given inline scripts and styles, byte for byte. */
  static String of(List<String> scripts, List<String> styles) {
    return "default-src 'none'; script-src " + hashes(scripts)
        + "; style-src " + hashes(styles)
        + "; img-src data:; base-uri 'none'; form-action 'none'";
  }

  private static String hashes(List<String> contents) {
    if (contents.isEmpty()) {
      return "'none'";
    }
    return contents.stream().map(ContentSecurityPolicy::hash).distinct()
        .collect(Collectors.joining(" "));
  }

  /** Returns the CSP source expression {@code 'sha256-...'} of an element's text. */
  static String hash(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM offers no SHA-256, which every JVM must", e);
    }
  }
}
