package dev.cleave.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns file paths into the text that reports show, the same under every locale.
 *
 * <p>{@link Path#toString()} decodes a file name with the platform's file name encoding, which
 * follows the locale: under {@code LANG=C} a name such as {@code Ünï.java} prints as {@code
 * ??n??.java}. {@link Path#toUri()} percent-encodes the name's raw bytes instead, so this class
 * decodes those bytes as UTF-8, the encoding of nearly every file system today. Bytes that are
 * not valid UTF-8 become U+FFFD.
 */
final class FileNames {

  private FileNames() {}

  /** Returns the file's path relative to the root, with {@code /} separators. */
  static String relative(Path root, Path file) {
    String rootUri = root.toUri().getRawPath();
    String fileUri = file.toUri().getRawPath();
    if (!rootUri.endsWith("/")) {
      rootUri += "/";
    }
    if (fileUri.endsWith("/")) {
      fileUri = fileUri.substring(0, fileUri.length() - 1);
    }
    if (fileUri.length() + 1 == rootUri.length()) {
      return "";
    }
    if (!fileUri.startsWith(rootUri)) {
      return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
    return decode(fileUri.substring(rootUri.length()));
  }

  /** Returns the last name of the path, or {@code ""} for a file system root. */
  static String name(Path path) {
    Path absolute = path.toAbsolutePath();
    Path parent = absolute.getParent();
    return parent == null ? "" : relative(parent, absolute);
  }

  /** Decodes a percent-encoded URI path as UTF-8; {@code +} stays a plus sign. */
  static String decode(String rawPath) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1))
          && isHex(rawPath.charAt(i + 2))) {
        bytes.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
