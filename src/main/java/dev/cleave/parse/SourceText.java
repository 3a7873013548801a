package dev.cleave.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a source file, decoded without ever substituting U+FFFD.
 *
 * <p>The file is decoded strictly with the expected encoding. If its bytes are not valid in
 * that encoding, windows-1252 is tried, then ISO-8859-1, which accepts every byte; the caller
 * warns with the path. A leading byte order mark is dropped.
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the encoding that decoded the bytes
 * @param fellBack whether the expected encoding failed and another one was used
 */
record SourceText(String text, Charset charset, boolean fellBack) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static SourceText decode(byte[] bytes, Charset expected) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    Charset first = offset == 3 ? StandardCharsets.UTF_8 : expected;
    if (hasUtf16Bom(bytes)) {
      // The UTF-16 decoder reads the byte order from the mark and drops it.
      first = StandardCharsets.UTF_16;
    }
    for (Charset charset : List.of(first, WINDOWS_1252, StandardCharsets.ISO_8859_1)) {
      String text = decodeStrictly(bytes, offset, charset);
      if (text != null) {
        return new SourceText(stripBom(text), charset, !charset.equals(first));
      }
    }
    throw new IllegalStateException("ISO-8859-1 rejected a byte, which it cannot do");
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Returns whether the bytes start with a UTF-16 byte order mark, big- or little-endian. */
  static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
  }

  /** Returns whether text in the charset has NUL bytes as a matter of course: UTF-16 and UTF-32. */
  static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
