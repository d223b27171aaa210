package org.cloudtrail4j.parser;

import org.cloudtrail4j.apicheck.ApiSignatures;
import org.junit.jupiter.api.Test;

/** This module's public API is the one kept in {@code src/test/resources/api/cloudtrail-parser.api}. */
class ApiSignatureTest {
  @Test
  void thePublicApiIsTheOneKeptInTheRepository() throws Exception {
    ApiSignatures.assertUnchanged("cloudtrail-parser", CloudTrailReader.class, "org.cloudtrail4j.parser");
  }
}
