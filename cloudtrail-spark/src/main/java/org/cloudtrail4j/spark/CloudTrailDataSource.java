package org.cloudtrail4j.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.cloudtrail4j.spark.internal.CloudTrailTable;
import org.cloudtrail4j.spark.internal.EventSchema;

/**
 * The Spark data source {@code format("cloudtrail")}: CloudTrail log trees, on any Hadoop file system, as a table with
 * one row per record.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().format("cloudtrail").load("s3a://my-trail-bucket/AWSLogs/");
 * events.where("eventSource = 'eks.amazonaws.com' AND eventTime >= '2024-05-01'")
 *     .groupBy("eventName").count().show();
 * }</pre>
 *
 * <p>The schema is fixed (no inference pass): CloudTrail's member names, typed scalars ({@code eventTime} a timestamp,
 * {@code readOnly} a boolean), structs for {@code userIdentity} and the other nested objects, the free-form members as
 * JSON text, unknown members in {@code unknownFields}; hidden metadata columns {@code _file}, {@code _recordIndex},
 * {@code _logAccount}, {@code _logRegion}, {@code _logDate}, {@code _raw} and {@code _problem}. Filters on
 * {@code eventSource}, {@code eventName}, {@code awsRegion}, {@code recipientAccountId} and {@code eventTime} run
 * inside the parser, and prune the listing by the key layout. Options, columns and examples: the README's Spark
 * section.
 *
 * <p>Spark finds this class through {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}; the
 * fully qualified class name works as a format name too.
 *
 * @since 0.1.0
 */
public final class CloudTrailDataSource implements TableProvider, DataSourceRegister {
  /** For Spark's {@code ServiceLoader}. */
  public CloudTrailDataSource() {}

  /**
   * The format's short name.
   *
   * @return {@code "cloudtrail"}
   */
  @Override
  public String shortName() {
    return "cloudtrail";
  }

  /**
   * The fixed schema: the data is never scanned to infer it.
   *
   * @param options ignored
   * @return the columns of a CloudTrail record
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return EventSchema.SCHEMA;
  }

  /**
   * The table over the path in {@code properties}.
   *
   * @param schema ignored: the schema is fixed
   * @param partitioning ignored
   * @param properties the read's options, {@code path} or {@code paths} among them
   * @return the table
   * @throws IllegalArgumentException when no path is given or an option is invalid
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new CloudTrailTable(properties);
  }
}
