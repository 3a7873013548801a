package dev.cleave;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether the running JVM compiles JavaParser's largest methods, and the JVM flags with which
 * Cleave runs fastest.
 *
 * <p>The parser that JavaParser generates has methods over HotSpot's 8,000-byte limit for
 * compilation. With the default {@code DontCompileHugeMethods} they stay interpreted. Compiled
 * by C2 they run faster, but C2 spends tens of seconds of CPU on them, on the core a second
 * parser thread would use. Compiled by C1 alone ({@code -XX:TieredStopAtLevel=1}) they are
 * ready within about a second. On apache/tomcat on 2 cores that halved the analysis, and a
 * second parser thread then nearly halved the parse (see the benchmark page). The command line
 * starts itself again with {@link #FLAGS}; the Maven plugin cannot change the JVM it runs in,
 * so it logs the flags.
 */
public final class HugeMethods {

  /** The JVM option that makes HotSpot compile methods of any size. */
  public static final String FLAG = "-XX:-DontCompileHugeMethods";

  /** The JVM options of a run: methods of any size compiled, by the C1 compiler only. */
  public static final List<String> FLAGS = List.of(FLAG, "-XX:TieredStopAtLevel=1");

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
