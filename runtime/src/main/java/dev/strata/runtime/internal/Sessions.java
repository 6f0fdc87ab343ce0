package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import org.jooq.DSLContext;

/** Checks that a lock's session is alive. */
final class Sessions {

  private Sessions() {}

  static void verify(DSLContext lockSession) {
    try {
      lockSession.selectOne().fetch();
    } catch (RuntimeException e) {
      throw new MigrationException(Reason.LOCK, "The migration lock was lost (its session ended: "
          + Failures.describe(e) + "), so another migrator may be running; this run stopped"
          + " before its next migration. Run migrate again.", null, null, Failures.sqlState(e), e);
    }
  }
}
