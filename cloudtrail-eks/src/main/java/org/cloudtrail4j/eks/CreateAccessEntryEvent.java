package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code CreateAccessEntry} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #accessEntry()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class CreateAccessEntryEvent implements EksEvent {
  CreateAccessEntryEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract CreateAccessEntryRequest request();

  /** The {@code accessEntry} of the response ({@code responseElements.accessEntry}); absent when the call failed. */
  public abstract Optional<AccessEntry> accessEntry();

  /** {@code CreateAccessEntry}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("CreateAccessEntry");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateAccessEntryEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableCreateAccessEntryEvent.Builder {
    Builder() {}
  }
}
