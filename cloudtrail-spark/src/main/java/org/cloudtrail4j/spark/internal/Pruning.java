package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the listing may skip, by key: accounts, regions and delivery dates (inclusive). A null member means "any".
 * Digest files are always skipped; they are not logs.
 */
record Pruning(Set<String> accounts, Set<String> regions, LocalDate firstDay, LocalDate lastDay)
    implements Serializable {
  static final Pruning NONE = new Pruning(null, null, null, null);

  boolean isNone() {
    return accounts == null && regions == null && firstDay == null && lastDay == null;
  }

  boolean accountAllowed(String account) {
    return accounts == null || accounts.contains(account);
  }

  boolean regionAllowed(String region) {
    return regions == null || regions.contains(region);
  }

  boolean datesOverlap(LocalDate first, LocalDate last) {
    return (firstDay == null || !last.isBefore(firstDay)) && (lastDay == null || !first.isAfter(lastDay));
  }

  /** Whether a file with {@code key} is kept. */
  boolean keeps(KeyLayout.FileKey key) {
    if (key.isDigest()) {
      return false;
    }
    if (key.account() != null && !accountAllowed(key.account())) {
      return false;
    }
    if (key.region() != null && !regionAllowed(key.region())) {
      return false;
    }
    return key.date() == null || datesOverlap(key.date(), key.date());
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    if (accounts != null) {
      s.append("accounts=").append(new java.util.TreeSet<>(accounts)).append(' ');
    }
    if (regions != null) {
      s.append("regions=").append(new java.util.TreeSet<>(regions)).append(' ');
    }
    if (firstDay != null || lastDay != null) {
      s.append("days=[").append(firstDay == null ? "" : firstDay).append("..").append(lastDay == null ? "" : lastDay)
          .append("] ");
    }
    return s.toString().trim();
  }
}
