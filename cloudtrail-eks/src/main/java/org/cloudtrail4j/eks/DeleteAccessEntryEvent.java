package org.cloudtrail4j.eks;

import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.immutables.value.Value;

/**
 * An EKS {@code DeleteAccessEntry} call as CloudTrail records it: {@link #request()} reads its
 * {@code requestParameters}.
 */
@Value.Immutable
@EksStyle
public abstract non-sealed class DeleteAccessEntryEvent implements EksEvent {
  DeleteAccessEntryEvent() {}

  @Override
  public abstract CloudTrailEvent event();

  /** The request ({@code requestParameters}); every member is absent when the record has none. */
  public abstract DeleteAccessEntryRequest request();

  /** {@code DeleteAccessEntry}. */
  @Override
  public final EksOperation operation() {
    return EksOperation.of("DeleteAccessEntry");
  }

  @Override
  public final Optional<String> clusterName() {
    return request().name();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteAccessEntryEvent}. Not thread-safe. */
  public static final class Builder extends ImmutableDeleteAccessEntryEvent.Builder {
    Builder() {}
  }
}
