package org.cloudtrail4j.spark.internal;

import java.util.Locale;
import org.apache.spark.sql.connector.catalog.MetadataColumn;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The hidden columns a query can select by name: where a row came from, what its file's key says, the record's own
 * bytes, and, for a bad record kept in {@code PERMISSIVE} mode, what is wrong with it.
 */
enum MetadataColumns {
  FILE("_file", DataTypes.StringType, "the log file the record was read from"),
  RECORD_INDEX("_recordIndex", DataTypes.LongType, "the record's index in its file, from 0"),
  LOG_ACCOUNT("_logAccount", DataTypes.StringType, "the account in the file's key (AWSLogs/<account>/...)"),
  LOG_REGION("_logRegion", DataTypes.StringType, "the region in the file's key"),
  LOG_DATE("_logDate", DataTypes.DateType, "the delivery date in the file's key (YYYY/MM/DD, UTC)"),
  RAW("_raw", DataTypes.StringType, "the record's JSON, exactly as delivered"),
  PROBLEM("_problem", DataTypes.StringType,
      "null for a good record; for a bad record or file kept by mode PERMISSIVE, what is wrong and where");

  private final String columnName;
  private final DataType type;
  private final String comment;

  MetadataColumns(String columnName, DataType type, String comment) {
    this.columnName = columnName;
    this.type = type;
    this.comment = comment;
  }

  String columnName() {
    return columnName;
  }

  /** Spark's view of this column. */
  MetadataColumn column() {
    return new MetadataColumn() {
      @Override
      public String name() {
        return columnName;
      }

      @Override
      public DataType dataType() {
        return type;
      }

      @Override
      public String comment() {
        return comment;
      }
    };
  }

  static MetadataColumn[] columns() {
    MetadataColumns[] all = values();
    MetadataColumn[] out = new MetadataColumn[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].column();
    }
    return out;
  }

  static MetadataColumns byName(String name) {
    for (MetadataColumns c : values()) {
      if (c.columnName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }
}
