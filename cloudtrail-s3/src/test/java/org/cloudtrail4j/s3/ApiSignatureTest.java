package org.cloudtrail4j.s3;

import org.cloudtrail4j.apicheck.ApiSignatures;
import org.junit.jupiter.api.Test;

/** This module's public API is the one kept in {@code src/test/resources/api/cloudtrail-s3.api}. */
class ApiSignatureTest {
  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws Exception {
    ApiSignatures.assertUnchanged("cloudtrail-s3", S3LogSource.class, "org.cloudtrail4j.s3");
  }
}
