package dev.strata.runtime.internal;

/** The notes of the journal's {@code REPAIRED} rows. */
final class JournalMessages {

  static final String REMOVED = "removed the failed entry";

  private JournalMessages() {}

  static String realigned(String from, String to) {
    return "checksum realigned from " + from + " to " + to;
  }
}
