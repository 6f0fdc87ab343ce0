package golden;

import dev.strata.Backfill;
import dev.strata.Migration;
import dev.strata.runtime.KeyRange;
import org.jooq.DSLContext;

@Migration(version = "3", transactional = false)
final class FillTitles {

  @Backfill(
      table = "books",
      key = "id",
      batchSize = 500,
      pauseMillis = 10,
      targetBatchMillis = 200,
      timeoutSeconds = 30,
      retries = 5)
  int fill(DSLContext db, KeyRange range) {
    return db.execute(
        "update books set title = trim(title) where " + range.where("id"), range.bindings());
  }
}
