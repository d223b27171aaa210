package org.cloudtrail4j.eks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * The scope of an {@code AccessPolicy} that's associated to an {@code AccessEntry}. Model shape {@code AccessScope}.
 */
@Value.Immutable
@EksStyle
public abstract class AccessScope {
  AccessScope() {}

  /** The scope type of an access policy ({@code type}). */
  public abstract Optional<AccessScopeType> type();

  /** A Kubernetes {@code namespace} that an access policy is scoped to ({@code namespaces}). */
  public abstract List<String> namespaces();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessScope}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableAccessScope.Builder {
    Builder() {}
  }
}
