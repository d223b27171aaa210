package org.cloudtrail4j.model;

import java.util.Map;
import java.util.Optional;
import org.cloudtrail4j.model.internal.CloudTrailStyle;
import org.cloudtrail4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * What a CloudTrail Insights record detected ({@code insightDetails}; records of eventType {@code
 * AwsCloudTrailInsight}, which have no {@code userIdentity}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@CloudTrailStyle
public abstract class InsightDetails {
  InsightDetails() {}

  /** {@return {@code Start} or {@code End} of the unusual activity} */
  public abstract Optional<String> state();

  /** {@return the service of the API whose call rate or error rate was unusual} */
  public abstract Optional<String> eventSource();

  /** {@return the API whose call rate or error rate was unusual} */
  public abstract Optional<String> eventName();

  /** {@return {@code ApiCallRateInsight} or {@code ApiErrorRateInsight}} */
  public abstract Optional<String> insightType();

  /** {@return the error code, for error-rate insights} */
  public abstract Optional<String> errorCode();

  /** {@return statistics and attributions of the insight ({@code insightContext}), as recorded} */
  public abstract Optional<JsonValue> insightContext();

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder for a {@code InsightDetails}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InsightDetails}; unset optional members are absent. */
  public static final class Builder extends ImmutableInsightDetails.Builder {
    Builder() {}
  }
}
