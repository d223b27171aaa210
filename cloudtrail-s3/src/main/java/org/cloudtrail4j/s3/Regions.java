package org.cloudtrail4j.s3;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The region from the SDK's chains, or null when none is configured (no exception: a default applies). */
final class Regions {
  private Regions() {}

  static Region fromChain(String profile) {
    try {
      DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
      if (profile != null) {
        chain.profileName(profile);
      }
      return chain.build().getRegion();
    } catch (SdkClientException | IllegalStateException e) {
      return null;
    }
  }
}
