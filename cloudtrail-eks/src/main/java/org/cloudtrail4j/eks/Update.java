package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an asynchronous update. Model shape {@code Update}. */
@Value.Immutable
@EksStyle
public abstract class Update {
  Update() {}

  /** A UUID that is used to track the update ({@code id}). */
  public abstract Optional<String> id();

  /** The current status of the update ({@code status}). */
  public abstract Optional<UpdateStatus> status();

  /** The type of the update ({@code type}). */
  public abstract Optional<UpdateType> type();

  /** A key-value map that contains the parameters associated with the update ({@code params}). */
  public abstract List<UpdateParam> params();

  /** The Unix epoch timestamp at object creation ({@code createdAt}). */
  public abstract Optional<Instant> createdAt();

  /** Any errors associated with a {@code Failed} update ({@code errors}). */
  public abstract List<ErrorDetail> errors();

  /** The latest cancellation information for the update ({@code cancellation}). */
  public abstract Optional<Cancellation> cancellation();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Update}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdate.Builder {
    Builder() {}
  }
}
