package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills a large table batch by batch: {@code int name(DSLContext db, KeyRange range)} (or {@code
 * MigrationContext}), not private, static or abstract, returning how many rows it changed. It is
 * called once per batch of keys of {@link #table()}, in key order, each batch in its own short
 * transaction together with a progress row, so a killed run resumes after the last committed batch.
 * The migration must be {@code transactional = false}, and needs no {@link Up}: when it has one, it
 * runs before the first batch. The key range ends at the largest key present when the backfill
 * started; rows written later are the application's own (dual) writes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Backfill {

  /** The table whose rows the batches walk, as SQL names it (optionally schema-qualified). */
  String table();

  /** Its key column: one column of an integer, text or UUID type, unique and not null. */
  String key();

  /** How many keys a batch covers (the first batch's size with {@link #targetBatchMillis()}). */
  int batchSize() default 1000;

  /** How long to pause between batches, in milliseconds, so the database serves others too. */
  int pauseMillis() default 0;

  /**
   * The duration a batch should take, in milliseconds: the batch size grows or shrinks toward it
   * batch by batch; 0 (the default) keeps {@link #batchSize()} fixed.
   */
  int targetBatchMillis() default 0;

  /** Statement timeout in seconds for each batch; 0 (the default) means none. */
  int timeoutSeconds() default 0;

  /**
   * How many times a batch that fails transiently (serialization failure, deadlock, lock timeout)
   * is retried in a fresh transaction.
   */
  int retries() default 3;
}
