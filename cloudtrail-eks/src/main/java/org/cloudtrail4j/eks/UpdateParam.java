package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing the details of an update request. Model shape {@code UpdateParam}. */
@Value.Immutable
@EksStyle
public abstract class UpdateParam {
  UpdateParam() {}

  /** The keys associated with an update request ({@code type}). */
  public abstract Optional<UpdateParamType> type();

  /** The value of the keys submitted as part of an update request ({@code value}). */
  public abstract Optional<String> value();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateParam}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateParam.Builder {
    Builder() {}
  }
}
