package dev.cleave;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the running JVM compiles JavaParser's largest methods.
 *
 * <p>The parser that JavaParser generates has methods over HotSpot's 8,000-byte limit for
 * compilation. With the default {@code DontCompileHugeMethods} they stay interpreted, and a
 * large tree parses markedly slower (see the benchmark page). The command line starts itself
 * again with {@link #FLAG}; the Maven plugin cannot change the JVM it runs in, so it says how.
 */
public final class HugeMethods {

  /** The JVM option that makes HotSpot compile methods of any size. */
  public static final String FLAG = "-XX:-DontCompileHugeMethods";

  private HugeMethods() {}

  /** Returns whether this JVM leaves methods over the size limit uncompiled. */
  public static boolean interpreted() {
    try {
      HotSpotDiagnosticMXBean hotSpot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return hotSpot != null
          && "true".equals(hotSpot.getVMOption("DontCompileHugeMethods").getValue());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false; // not HotSpot, or a HotSpot without the flag: nothing to gain
    }
  }
}
