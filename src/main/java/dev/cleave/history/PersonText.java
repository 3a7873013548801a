package dev.cleave.history;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes the bytes of author names, emails and paths that git stores without a fixed encoding.
 *
 * <p>Git records the encoding of a commit only when it is not UTF-8, and old tools wrote
 * Latin-1 without saying so. The rule, the same for both log readers and independent of the
 * machine's locale: the declared encoding if it decodes the bytes, else strict UTF-8, else
 * windows-1252 with a replacement character for each of its five undefined bytes, so decoding
 * never fails.
 */
final class PersonText {

  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private PersonText() {}

  /** Decodes {@code bytes[from, to)} by the rule above; {@code declared} may be {@code null}. */
  static String decode(byte[] bytes, int from, int to, Charset declared) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, from, to - from);
    if (declared != null) {
      String text = strict(buffer.duplicate(), declared);
      if (text != null) {
        return text;
      }
    }
    String text = strict(buffer.duplicate(), StandardCharsets.UTF_8);
    return text != null ? text : FALLBACK.decode(buffer).toString();
  }

  static String decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length, null);
  }

  /** Returns the charset a commit's {@code encoding} header names, or {@code null}. */
  static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.strip());
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(ByteBuffer buffer, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
