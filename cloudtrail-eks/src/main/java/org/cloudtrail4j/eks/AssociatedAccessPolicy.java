package org.cloudtrail4j.eks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/** An access policy association. Model shape {@code AssociatedAccessPolicy}. */
@Value.Immutable
@EksStyle
public abstract class AssociatedAccessPolicy {
  AssociatedAccessPolicy() {}

  /** The ARN of the {@code AccessPolicy} ({@code policyArn}). */
  public abstract Optional<String> policyArn();

  /** The scope of the access policy ({@code accessScope}). */
  public abstract Optional<AccessScope> accessScope();

  /** The date and time the {@code AccessPolicy} was associated with an {@code AccessEntry} ({@code associatedAt}). */
  public abstract Optional<Instant> associatedAt();

  /** The Unix epoch timestamp for the last modification to the object ({@code modifiedAt}). */
  public abstract Optional<Instant> modifiedAt();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssociatedAccessPolicy}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAssociatedAccessPolicy.Builder {
    Builder() {}
  }
}
