package org.cloudtrail4j.eks;

import org.cloudtrail4j.apicheck.ApiSignatures;
import org.junit.jupiter.api.Test;

/** This module's public API is the one kept in {@code src/test/resources/api/cloudtrail-eks.api}. */
class ApiSignatureTest {
  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws Exception {
    ApiSignatures.assertUnchanged("cloudtrail-eks", EksEvent.class, "org.cloudtrail4j.eks", "org.cloudtrail4j.eks.model",
        "org.cloudtrail4j.eks.audit");
  }
}
