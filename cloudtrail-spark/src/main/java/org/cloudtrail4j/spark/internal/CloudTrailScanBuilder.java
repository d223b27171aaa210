package org.cloudtrail4j.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownLimit;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.connector.read.SupportsPushDownV2Filters;
import org.apache.spark.sql.types.StructType;

/**
 * Takes the predicates the parser can apply (equality, IN and ranges on eventSource, eventName, awsRegion,
 * recipientAccountId, eventTime and the key columns), a LIMIT, and the columns the query needs, nested ones included.
 * Every predicate and the limit are also left to Spark, which applies them again to the rows: pushing is an
 * optimization, never a change of results.
 */
final class CloudTrailScanBuilder implements ScanBuilder, SupportsPushDownV2Filters, SupportsPushDownLimit,
    SupportsPushDownRequiredColumns {
  private final ScanOptions options;
  private StructType required = EventSchema.SCHEMA;
  private Constraints constraints = Constraints.NONE;
  private Predicate[] pushed = new Predicate[0];
  private long limit = Long.MAX_VALUE;

  CloudTrailScanBuilder(ScanOptions options) {
    this.options = options;
  }

  @Override
  public Predicate[] pushPredicates(Predicate[] predicates) {
    if (!options.pushdown()) {
      return predicates;
    }
    List<Predicate> taken = new ArrayList<>();
    Constraints c = Constraints.NONE;
    for (Predicate p : predicates) {
      Constraints next = c.with(p);
      if (next != null) {
        c = next;
        taken.add(p);
      }
    }
    constraints = c;
    pushed = taken.toArray(new Predicate[0]);
    return predicates;
  }

  @Override
  public Predicate[] pushedPredicates() {
    return pushed.clone();
  }

  /**
   * Each task stops after {@code limit} rows. Spark offers a limit only when no filter is left for it to apply after
   * the scan, and applies the limit again over all tasks.
   */
  @Override
  public boolean pushLimit(int limit) {
    if (!options.pushdown()) {
      return false;
    }
    this.limit = limit;
    return true;
  }

  @Override
  public boolean isPartiallyPushed() {
    return true;
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    this.required = requiredSchema;
  }

  @Override
  public Scan build() {
    Constraints c = constraints.withOptions(options.accounts(), options.regions(), options.from(), options.until());
    return new CloudTrailScan(options, required, c, pushed, limit);
  }
}
