package org.cloudtrail4j.cli;

import java.time.Instant;
import java.util.List;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * The totals {@code stats} reports: counts by service, operation, identity and error code, and the time range. Holds
 * one counter per distinct key, never a record.
 */
final class Stats {
  /**
   * The members {@link #add} reads, as the command's help names them: {@code stats} decodes these and no other. Keep in
   * step with {@code add}, with {@code StatsTest} and with the benchmarks' {@code Contender.STATS_MEMBERS}, which
   * measures this read.
   */
  static final String MEMBER_NAMES = "eventSource, eventName, userIdentity, errorCode, eventTime";

  /** {@link #MEMBER_NAMES} as a list, for the reader's projection. */
  static final List<String> MEMBERS = List.of(MEMBER_NAMES.split(", "));

  final Tally services = new Tally();
  final Tally operations = new Tally();
  final Tally identities = new Tally();
  final Tally errorCodes = new Tally();
  Instant first;
  Instant last;

  void add(CloudTrailEvent event) {
    String source = event.eventSource().orElse("-");
    services.add(source);
    operations.add(source + ' ' + event.eventName().orElse("-"));
    identities.add(event.principal());
    event.errorCode().ifPresent(errorCodes::add);
    event.eventTime().ifPresent(t -> {
      if (first == null || t.isBefore(first)) {
        first = t;
      }
      if (last == null || t.isAfter(last)) {
        last = t;
      }
    });
  }
}
