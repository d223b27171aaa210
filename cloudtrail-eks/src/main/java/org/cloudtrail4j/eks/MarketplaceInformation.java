package org.cloudtrail4j.eks;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.eks.internal.EksStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * Information about an Amazon EKS add-on from the Amazon Web Services Marketplace. Model shape
 * {@code MarketplaceInformation}.
 */
@Value.Immutable
@EksStyle
public abstract class MarketplaceInformation {
  MarketplaceInformation() {}

  /** The product ID from the Amazon Web Services Marketplace ({@code productId}). */
  public abstract Optional<String> productId();

  /** The product URL from the Amazon Web Services Marketplace ({@code productUrl}). */
  public abstract Optional<String> productUrl();

  /** Members this version of the library does not know, or of a type the model does not allow, as recorded. */
  public abstract Map<String, JsonValue> unknownFields();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MarketplaceInformation}; unset members are absent. Not thread-safe. */
  public static final class Builder extends ImmutableMarketplaceInformation.Builder {
    Builder() {}
  }
}
