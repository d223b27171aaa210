package org.cloudtrail4j.model;

import org.cloudtrail4j.apicheck.ApiSignatures;
import org.junit.jupiter.api.Test;

/** This module's public API is the one kept in {@code src/test/resources/api/cloudtrail-model.api}. */
class ApiSignatureTest {
  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws Exception {
    ApiSignatures.assertUnchanged("cloudtrail-model", CloudTrailEvent.class, "org.cloudtrail4j.model", "org.cloudtrail4j.model.identity", "org.cloudtrail4j.model.json", "org.cloudtrail4j.model.spi");
  }
}
