package org.cloudtrail4j.integrity;

import org.cloudtrail4j.apicheck.ApiSignatures;
import org.junit.jupiter.api.Test;

/** This module's public API is the one kept in {@code src/test/resources/api/cloudtrail-integrity.api}. */
class ApiSignatureTest {
  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws Exception {
    ApiSignatures.assertUnchanged("cloudtrail-integrity", TrailValidator.class, "org.cloudtrail4j.integrity");
  }
}
