package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An object representing an error when an asynchronous operation fails. Model shape {@code ErrorDetail}. */
@Value.Immutable
@EksStyle
public abstract class ErrorDetail {
  ErrorDetail() {}

  /** The error code, e.g. {@code SubnetNotFound}, as EKS wrote it ({@code errorCode}). */
  public abstract Optional<String> errorCode();

  /** A more complete description of the error ({@code errorMessage}). */
  public abstract Optional<String> errorMessage();

  /** An optional field that contains the resource IDs associated with the error ({@code resourceIds}). */
  public abstract List<String> resourceIds();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ErrorDetail}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableErrorDetail.Builder {
    Builder() {}
  }
}
