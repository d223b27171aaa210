package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 1: {@code reader.typed(EksEvent.class)} dropped EKS operations newer than the library while
 * {@code EksEvent.of} kept them. The fallback mapper now claims the whole source, so every route types them.
 */
class NewerOperationTest {
  static final byte[] RECORDS = ("{\"Records\":["
      + "{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"CreateCluster\",\"requestParameters\":{\"name\":\"c\"}},"
      + "{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"DescribeCluster\",\"requestParameters\":{\"name\":\"c\"}},"
      + "{\"eventSource\":\"eks.amazonaws.com\",\"eventName\":\"CreateWidget\",\"requestParameters\":{\"name\":\"c\"}},"
      + "{\"eventSource\":\"ecs.amazonaws.com\",\"eventName\":\"CreateCluster\",\"requestParameters\":{}}"
      + "]}").getBytes(StandardCharsets.UTF_8);

  static List<CloudTrailEvent> events() {
    try (Stream<CloudTrailEvent> s = CloudTrailReader.stream(RECORDS)) {
      return s.collect(Collectors.toList());
    }
  }

  static List<String> operations(Stream<EksEvent> typed) {
    return typed.map(e -> e.operation().value() + ":" + e.getClass().getSimpleName()).collect(Collectors.toList());
  }

  @Test
  void theReadersTypedTypesAnOperationNewerThanTheLibrary() {
    CloudTrailReader reader = CloudTrailReader.defaults();
    try (Stream<CloudTrailEvent> s = reader.read(RECORDS)) {
      assertThat(operations(s.flatMap(reader.typed(EksEvent.class))))
          .containsExactly("CreateCluster:ImmutableCreateClusterEvent", "DescribeCluster:ImmutableEksApiCall",
              "CreateWidget:ImmutableEksApiCall");
    }
  }

  @Test
  void everyRouteGivesTheSameViews() {
    List<CloudTrailEvent> events = events();
    List<String> viaAs = operations(events.stream().flatMap(e -> e.as(EksEvent.class).stream()));
    List<String> viaTyped = operations(events.stream().flatMap(CloudTrailEvent.typed(EksEvent.class)));
    List<String> viaOf = operations(events.stream().flatMap(e -> EksEvent.of(e).stream()));
    assertThat(viaAs).hasSize(3).containsExactlyElementsOf(viaTyped).containsExactlyElementsOf(viaOf);
    assertThat(events.get(2).as(EksApiCall.class).orElseThrow().clusterName()).isEmpty();
  }
}
