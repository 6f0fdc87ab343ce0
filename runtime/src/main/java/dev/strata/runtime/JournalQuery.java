package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which journal rows {@link Migrator#journal(JournalQuery)} returns: immutable, each wither returns
 * a copy. {@code JournalQuery.all().version("15").events(JournalEvent.HELD).limit(10)}.
 */
public final class JournalQuery {

  private static final JournalQuery ALL = new JournalQuery(null, null, Set.of(), null, null, 0);

  private final String version;
  private final String change;
  private final Set<JournalEvent> events;
  private final Instant since;
  private final Instant until;
  private final int limit;

  private JournalQuery(
      String version,
      String change,
      Set<JournalEvent> events,
      Instant since,
      Instant until,
      int limit) {
    this.version = version;
    this.change = change;
    this.events = events;
    this.since = since;
    this.until = until;
    this.limit = limit;
  }

  /** Every row. */
  public static JournalQuery all() {
    return ALL;
  }

  /** Only the rows of this version (as written in {@code @Migration}). */
  public JournalQuery version(String version) {
    return new JournalQuery(
        requireNonNull(version, "version"), change, events, since, until, limit);
  }

  /** Only the rows of this change. */
  public JournalQuery change(String change) {
    return new JournalQuery(version, requireNonNull(change, "change"), events, since, until, limit);
  }

  /** Only rows of these events; none given: every event. */
  public JournalQuery events(JournalEvent... events) {
    Set<JournalEvent> set = EnumSet.noneOf(JournalEvent.class);
    for (JournalEvent e : events) {
      set.add(requireNonNull(e, "event"));
    }
    return new JournalQuery(version, change, Set.copyOf(set), since, until, limit);
  }

  /** Only rows written at or after {@code since}. */
  public JournalQuery since(Instant since) {
    return new JournalQuery(version, change, events, requireNonNull(since, "since"), until, limit);
  }

  /** Only rows written before {@code until}. */
  public JournalQuery until(Instant until) {
    return new JournalQuery(version, change, events, since, requireNonNull(until, "until"), limit);
  }

  /** Only the newest {@code limit} matching rows (still returned oldest first); 0: no limit. */
  public JournalQuery limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new JournalQuery(version, change, events, since, until, limit);
  }

  /** The version asked for, or null. */
  public String version() {
    return version;
  }

  /** The change asked for, or null. */
  public String change() {
    return change;
  }

  /** The events asked for; empty for all. */
  public Set<JournalEvent> events() {
    return events;
  }

  /** The inclusive lower bound, or null. */
  public Instant since() {
    return since;
  }

  /** The exclusive upper bound, or null. */
  public Instant until() {
    return until;
  }

  /** The most rows returned, 0 for no limit. */
  public int limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "JournalQuery[version="
        + version
        + ", change="
        + change
        + ", events="
        + events
        + ", since="
        + since
        + ", until="
        + until
        + ", limit="
        + limit
        + "]";
  }
}
