package dev.cleave.model;

/** Reads Java release numbers as builds write them, such as {@code 1.4}, {@code 8} or {@code 17}. */
public final class JavaRelease {

  /** The feature number of a release that cannot be read. */
  public static final int UNKNOWN = 0;

  private JavaRelease() {}

  /**
   * Returns the feature number of a release, such as 4 for {@code 1.4}, 8 for {@code 1.8} or
   * {@code 8}, and 17 for {@code 17}, or {@link #UNKNOWN} if the text is not a release.
   */
  public static int featureOf(String release) {
    if (release == null) {
      return UNKNOWN;
    }
    String text = release.strip();
    text = text.startsWith("1.") ? text.substring(2) : text;
    int end = 0;
    while (end < text.length() && end < 4 && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 ? UNKNOWN : Integer.parseInt(text.substring(0, end));
  }
}
