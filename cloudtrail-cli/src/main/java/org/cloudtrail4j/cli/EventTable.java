package org.cloudtrail4j.cli;

import java.time.Instant;
import org.cloudtrail4j.model.CloudTrailEvent;

/**
 * {@code cat --format table}: one line per record in fixed-width columns, so it streams (no second pass to size
 * them); a longer value pushes the rest of its line to the right. Absent values print as {@code -}.
 */
final class EventTable {
  private static final String GAP = "  ";
  private static final int TIME = 20;
  private static final int REGION = 14;
  private static final int SOURCE = 28;
  private static final int NAME = 34;
  private static final int IDENTITY = 44;

  private final StringBuilder line = new StringBuilder(200);

  /** The header line. */
  String header() {
    line.setLength(0);
    cell("TIME", TIME).cell("REGION", REGION).cell("SOURCE", SOURCE).cell("NAME", NAME).cell("IDENTITY", IDENTITY);
    return line.append("ERROR").toString();
  }

  /** The line of {@code event}. */
  String row(CloudTrailEvent event) {
    line.setLength(0);
    cell(event.eventTime().map(Instant::toString).orElse("-"), TIME)
        .cell(event.awsRegion().orElse("-"), REGION)
        .cell(event.eventSource().orElse("-"), SOURCE)
        .cell(event.eventName().orElse("-"), NAME)
        .cell(IdentityLabels.label(event.userIdentity()), IDENTITY);
    return line.append(event.errorCode().orElse("-")).toString();
  }

  private EventTable cell(String value, int width) {
    line.append(value);
    for (int i = value.length(); i < width; i++) {
      line.append(' ');
    }
    line.append(GAP);
    return this;
  }
}
