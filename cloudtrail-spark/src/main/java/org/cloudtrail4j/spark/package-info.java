/**
 * The Spark data source {@code spark.read().format("cloudtrail")}: {@link org.cloudtrail4j.spark.CloudTrailDataSource}.
 * Everything else of this module is implementation, in a package that is not documented and not API.
 *
 * <p>The failed calls of a trail per service and error, with {@code spark} a {@code SparkSession} and {@code path}
 * where the trail is ({@code "s3a://my-trail-bucket/AWSLogs/"}, a local directory, ...):
 * <pre>{@code
 * Dataset<Row> failed = spark.read().format("cloudtrail").load(path)
 *     .where("errorCode IS NOT NULL")
 *     .groupBy("eventSource", "errorCode")
 *     .count();
 * failed.show();
 * }</pre>
 * One row per record, CloudTrail's member names as columns; filters on {@code eventSource}, {@code eventName},
 * {@code awsRegion}, {@code recipientAccountId} and {@code eventTime} run in the parser and prune the listing.
 *
 * <p>The module has no {@code module-info} (Spark's jars have no valid module names); its jar's
 * {@code Automatic-Module-Name} is {@code org.cloudtrail4j.spark}.
 *
 * @since 0.1.0
 */
package org.cloudtrail4j.spark;
