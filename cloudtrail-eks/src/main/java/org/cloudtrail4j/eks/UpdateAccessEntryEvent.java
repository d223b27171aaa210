package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code UpdateAccessEntry} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}, {@link #accessEntry()} its {@code responseElements}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class UpdateAccessEntryEvent implements EksEvent {
  UpdateAccessEntryEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract UpdateAccessEntryRequest request();

  /**
   * The ARN of the IAM principal for the {@code AccessEntry} ({@code responseElements.accessEntry}); absent when the
   * call failed.
   */
  public abstract Optional<AccessEntry> accessEntry();

  /** {@code UpdateAccessEntry}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("UpdateAccessEntry");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateAccessEntryEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateAccessEntryEvent.Builder {
    Builder() {}
  }
}
