/**
 * The Spark data source {@code spark.read().format("cloudtrail")}: {@link org.cloudtrail4j.spark.CloudTrailDataSource}.
 * Everything else of this module is implementation, in a package that is not documented and not API.
 *
 * <p>The module has no {@code module-info} (Spark's jars have no valid module names); its jar's
 * {@code Automatic-Module-Name} is {@code org.cloudtrail4j.spark}.
 *
 * @since 0.1.0
 */
package org.cloudtrail4j.spark;
