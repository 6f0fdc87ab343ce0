package dev.strata.it;

/**
 * Where the failure-atomicity tests make a migration fail. Migrations compiled by {@link Scenario}
 * call it (they see the test class path), so one compilation serves every position.
 */
public final class Faults {

  /** The kinds of failure injected. */
  public enum Kind {
    UP,
    PRE_CHECK,
    POST_CHECK,
    HISTORY
  }

  private static volatile Kind kind;
  private static volatile int position;

  private Faults() {}

  static void inject(Kind kind, int position) {
    Faults.kind = kind;
    Faults.position = position;
  }

  static void clear() {
    kind = null;
  }

  /** Whether migration {@code version} is to fail with {@code kind}. */
  public static boolean at(String kind, int version) {
    Kind k = Faults.kind;
    return k != null && k.name().equals(kind) && position == version;
  }

  private static final java.util.concurrent.CountDownLatch HELD =
      new java.util.concurrent.CountDownLatch(1);
  private static volatile java.util.concurrent.CountDownLatch release =
      new java.util.concurrent.CountDownLatch(1);

  /**
   * Blocks, for a minute at most, until {@link #release()}: a statement that keeps running in the
   * database, called from SQL as an H2 alias ({@code create alias it_hold for
   * 'dev.strata.it.Faults.hold'}).
   */
  public static void hold() throws InterruptedException {
    HELD.countDown();
    release.await(60, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Waits until a statement runs {@link #hold()}. */
  static boolean awaitHeld() throws InterruptedException {
    return HELD.await(60, java.util.concurrent.TimeUnit.SECONDS);
  }

  static void release() {
    release.countDown();
  }

  /** Throws when migration {@code version} is to fail in its {@code @Up}. */
  public static void up(int version) {
    if (at("UP", version)) {
      throw new IllegalStateException("injected failure in @Up of " + version);
    }
  }
}
