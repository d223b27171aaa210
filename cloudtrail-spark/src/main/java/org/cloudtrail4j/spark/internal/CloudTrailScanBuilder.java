package org.cloudtrail4j.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/**
 * Takes the filters the parser can apply (equality, IN and ranges on eventSource, eventName, awsRegion,
 * recipientAccountId, eventTime and the key columns) and the columns the query needs, nested ones included. Every
 * filter is also handed back to Spark, which checks it again on the rows: pushing is an optimization, never a change
 * of results.
 */
final class CloudTrailScanBuilder implements ScanBuilder, SupportsPushDownFilters, SupportsPushDownRequiredColumns {
  private final ScanOptions options;
  private StructType required = EventSchema.SCHEMA;
  private Constraints constraints = Constraints.NONE;
  private Filter[] pushed = new Filter[0];

  CloudTrailScanBuilder(ScanOptions options) {
    this.options = options;
  }

  @Override
  public Filter[] pushFilters(Filter[] filters) {
    if (!options.pushdown()) {
      return filters;
    }
    List<Filter> taken = new ArrayList<>();
    Constraints c = Constraints.NONE;
    for (Filter f : filters) {
      Constraints next = c.with(f);
      if (next != null) {
        c = next;
        taken.add(f);
      }
    }
    constraints = c;
    pushed = taken.toArray(new Filter[0]);
    return filters;
  }

  @Override
  public Filter[] pushedFilters() {
    return pushed.clone();
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    this.required = requiredSchema;
  }

  @Override
  public Scan build() {
    Constraints c = constraints.withOptions(options.accounts(), options.regions(), options.from(), options.until());
    return new CloudTrailScan(options, required, c, pushed);
  }
}
