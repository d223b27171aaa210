package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every record of the corpus: {@code rawJson()} is byte-identical to the record's slice of the source, and
 * re-encoding the decoded members gives the same JSON tree as the original, up to the reader's documented leniency
 * (null read as absent in typed members, boolean strings read as booleans, times normalised to instants, an empty
 * {@code resources} array read as no resources).
 */
class RoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FREE_FORM = Set.of("requestParameters", "responseElements",
      "additionalEventData", "serviceEventDetails", "eventContext", "invokedByDelegate", "insightContext");
  private static final Set<String> BOOLEANS = Set.of("readOnly", "managementEvent", "sessionCredentialFromConsole",
      "mfaAuthenticated", "assumedRoot");
  private static final Set<String> TIMES = Set.of("eventTime", "creationDate");
  // the typed objects: their known members are decoded, so a null there reads as absent
  private static final Map<String, Set<String>> KNOWN = Map.of(
      "", Set.of("eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion",
          "sourceIPAddress", "userAgent", "errorCode", "errorMessage", "requestID", "eventID", "eventType",
          "apiVersion", "managementEvent", "readOnly", "resources", "recipientAccountId", "sharedEventID",
          "vpcEndpointId", "vpcEndpointAccountId", "eventCategory", "addendum", "sessionCredentialFromConsole",
          "edgeDeviceDetails", "tlsDetails", "insightDetails", "annotation"),
      "userIdentity", Set.of("type", "principalId", "arn", "accountId", "accessKeyId", "userName", "invokedBy",
          "identityProvider", "credentialId", "sessionContext", "onBehalfOf", "inScopeOf", "invokedByDelegate"),
      "sessionContext", Set.of("attributes", "sessionIssuer", "webIdFederationData", "sourceIdentity",
          "ec2RoleDelivery", "assumedRoot"),
      "attributes", Set.of("creationDate", "mfaAuthenticated"),
      "sessionIssuer", Set.of("type", "principalId", "arn", "accountId", "userName"),
      "webIdFederationData", Set.of("federatedProvider", "attributes"));

  static Stream<String> corpusFiles() throws IOException {
    return CorpusTest.corpusFiles();
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void rawJsonIsTheSourceSliceAndReEncodingLosesNothing(String file) throws IOException {
    Path path = CorpusTest.CORPUS.resolve(file);
    byte[] source = Files.readAllBytes(path);
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(p -> { }).build().read(path)) {
      events = s.collect(Collectors.toList());
    }
    for (CloudTrailEvent e : events) {
      byte[] raw = e.rawJson().raw();
      int at = (int) e.origin().orElseThrow().byteOffset();
      if (source[at] != '"') { // records embedded as JSON strings (CloudWatch Logs, LookupEvents) are decoded copies
        assertThat(Arrays.copyOfRange(source, at, at + raw.length)).as("raw bytes of %s", e.origin().get())
            .isEqualTo(raw);
      }
      JsonNode original = MAPPER.readTree(raw);
      normalise("", (ObjectNode) original);
      JsonNode reEncoded = MAPPER.readTree(EventEncoder.encode(e));
      assertThat(reEncoded).as("re-encoded %s", e.origin().get()).isEqualTo(original);
    }
  }

  private static void normalise(String objectName, ObjectNode node) {
    Set<String> known = KNOWN.getOrDefault(objectName, Set.of());
    List<String> remove = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      JsonNode v = f.getValue();
      if (!known.contains(name) || FREE_FORM.contains(name)) {
        continue; // kept exactly, nulls included
      }
      if (v.isNull() || (name.equals("resources") && v.isArray() && v.isEmpty())) {
        remove.add(name);
      } else if (BOOLEANS.contains(name) && v.isTextual()) {
        f.setValue(BooleanNode.valueOf(Boolean.parseBoolean(v.asText())));
      } else if (TIMES.contains(name) && v.isTextual()) {
        f.setValue(TextNode.valueOf(instant(v.asText()).toString()));
      } else if (v.isObject() && KNOWN.containsKey(name)) {
        normalise(name, (ObjectNode) v);
      } else if (name.equals("resources")) {
        v.forEach(r -> removeNulls((ObjectNode) r, Set.of("ARN", "ARNPrefix", "accountId", "type")));
      } else if (v.isObject()) {
        removeNulls((ObjectNode) v, null);
      }
    }
    remove.forEach(node::remove);
  }

  private static void removeNulls(ObjectNode node, Set<String> only) {
    List<String> remove = new ArrayList<>();
    node.properties().forEach(f -> {
      if (f.getValue().isNull() && (only == null ? !FREE_FORM.contains(f.getKey()) && !f.getKey().equals("attributes")
          : only.contains(f.getKey()))) {
        remove.add(f.getKey());
      }
    });
    remove.forEach(node::remove);
  }

  private static Instant instant(String s) {
    String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }
  }
}
