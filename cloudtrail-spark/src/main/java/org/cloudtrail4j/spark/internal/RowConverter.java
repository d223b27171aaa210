package org.cloudtrail4j.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.parser.CloudTrailProblem;
import org.cloudtrail4j.parser.internal.MemberProjection;

/**
 * Turns events (and, in {@code PERMISSIVE} mode, problems) into rows of the columns the query asked for, and only
 * those: compiled once per partition from the pruned schema.
 */
final class RowConverter {
  private final Function<CloudTrailEvent, Object>[] data;
  private final MetadataColumns[] meta;
  /** The values of {@link #row}, the row of every event. */
  private final Object[] values;
  private final GenericInternalRow row;
  /** The record's members the columns read: the only ones the reader needs to decode. */
  private final MemberProjection members;

  /** The current file's values of the key columns, set by {@link #file}. */
  private UTF8String file;
  private UTF8String logAccount;
  private UTF8String logRegion;
  private Integer logDate;

  @SuppressWarnings({"unchecked", "rawtypes"})
  RowConverter(StructType required) {
    StructField[] fields = required.fields();
    data = new Function[fields.length];
    meta = new MetadataColumns[fields.length];
    values = new Object[fields.length];
    row = new GenericInternalRow(values);
    List<Function<CloudTrailEvent, Object>> compiled = EventSchema.EVENT.compileMembers(required);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      data[i] = compiled.get(i);
      if (data[i] != null) {
        names.add(fields[i].name()); // a data column is named as its member (unknownFields as the unknown ones)
      } else {
        meta[i] = MetadataColumns.byName(fields[i].name());
        if (meta[i] == null) {
          throw new IllegalArgumentException("no column " + fields[i].name());
        }
      }
    }
    // a record's problem is only whole when every member was checked: asking for _problem decodes them all (a
    // query for the bad records must not miss one whose fault lies in a column it does not show)
    boolean problems = false;
    for (MetadataColumns m : meta) {
      problems |= m == MetadataColumns.PROBLEM;
    }
    members = problems ? MemberProjection.ALL : MemberProjection.of(names);
  }

  /**
   * The members the columns read (none for {@code count(*)} or metadata columns only), or every member when the
   * query asks for {@code _problem}.
   */
  MemberProjection members() {
    return members;
  }

  /** Sets the file whose events come next. */
  void file(Listing.LogFile f) {
    file = UTF8String.fromString(f.path());
    logAccount = Fields.utf8(f.key().account());
    logRegion = Fields.utf8(f.key().region());
    logDate = f.key().date() == null ? null : (int) f.key().date().toEpochDay();
  }

  /**
   * The row of event {@code e}: one row object for every event, refilled. A partition reader's row is Spark's only
   * until the next call of {@code next()}, and Spark copies it into its own row format first, as with the row
   * readers of its own file sources.
   */
  InternalRow event(CloudTrailEvent e) {
    Object[] v = values;
    for (int i = 0; i < v.length; i++) {
      Function<CloudTrailEvent, Object> d = data[i];
      v[i] = d != null ? d.apply(e) : meta(meta[i], e);
    }
    return row;
  }

  /** The row of a problem of file {@code f} (null when the problem names no listed file). */
  InternalRow problem(CloudTrailProblem p, Listing.LogFile f) {
    Object[] values = new Object[data.length];
    for (int i = 0; i < values.length; i++) {
      MetadataColumns m = meta[i];
      if (m == null) {
        continue;
      }
      switch (m) {
        case RECORD_INDEX:
          values[i] = p.recordIndex() >= 0 ? Long.valueOf(p.recordIndex()) : null;
          break;
        case RAW:
          values[i] = p.rawRecord().map(Fields::json).orElse(null);
          break;
        case PROBLEM:
          values[i] = UTF8String.fromString(p.toString());
          break;
        case FILE:
          values[i] = UTF8String.fromString(f == null ? p.source() : f.path());
          break;
        case LOG_ACCOUNT:
          values[i] = f == null ? null : Fields.utf8(f.key().account());
          break;
        case LOG_REGION:
          values[i] = f == null ? null : Fields.utf8(f.key().region());
          break;
        case LOG_DATE:
          values[i] = f == null || f.key().date() == null ? null : (int) f.key().date().toEpochDay();
          break;
        default:
          values[i] = null;
      }
    }
    return new GenericInternalRow(values);
  }

  private Object meta(MetadataColumns m, CloudTrailEvent e) {
    switch (m) {
      case RECORD_INDEX:
        return e.origin().map(EventOrigin::recordIndex).orElse(null);
      case RAW:
        JsonValue raw = e.rawJson();
        return raw.isMissing() ? null : Fields.bytes(raw);
      case PROBLEM:
        return null;
      default:
        return fileValue(m);
    }
  }

  private Object fileValue(MetadataColumns m) {
    switch (m) {
      case FILE:
        return file;
      case LOG_ACCOUNT:
        return logAccount;
      case LOG_REGION:
        return logRegion;
      case LOG_DATE:
        return logDate;
      default:
        return null;
    }
  }
}
