package org.cloudtrail4j.spark.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.MetadataColumn;
import org.apache.spark.sql.connector.catalog.SupportsMetadataColumns;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** A CloudTrail log tree as a read-only table. */
public final class CloudTrailTable implements SupportsRead, SupportsMetadataColumns {
  private final Map<String, String> properties;
  private final ScanOptions options;

  /**
   * The table of the options and properties Spark passes to {@code TableProvider.getTable}.
   *
   * @param properties the options, {@code path} among them
   */
  public CloudTrailTable(Map<String, String> properties) {
    this.properties = Map.copyOf(properties);
    this.options = ScanOptions.of(properties);
  }

  @Override
  public String name() {
    return "cloudtrail:" + String.join(",", options.paths());
  }

  @Override
  @SuppressWarnings("deprecation") // abstract until Spark 3.4, which added columns(); kept for Spark 3.5 clusters
  public StructType schema() {
    return EventSchema.SCHEMA;
  }

  @Override
  public Map<String, String> properties() {
    return properties;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public MetadataColumn[] metadataColumns() {
    return MetadataColumns.columns();
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    Map<String, String> merged = new java.util.HashMap<>(properties);
    merged.putAll(scanOptions.asCaseSensitiveMap());
    return new CloudTrailScanBuilder(ScanOptions.of(merged));
  }
}
