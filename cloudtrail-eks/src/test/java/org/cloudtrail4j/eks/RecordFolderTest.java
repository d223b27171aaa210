package org.cloudtrail4j.eks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.audit.EksActor;
import org.cloudtrail4j.eks.audit.EksServiceLinkedRoles;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every test record, real or hand-made, read by the reader and checked against the EKS API model. */
class RecordFolderTest {
  static final Path RECORDS = Path.of("src/test/resources/records");
  // the 2018 preview record names the cluster "clusterName", which the model does not have
  static final String PREVIEW = "awsdocs-userguide-eks-CreateCluster-2018-preview.json";

  static Stream<Path> records() throws IOException {
    try (Stream<Path> files = Files.walk(RECORDS)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  static CloudTrailEvent read(Path file) {
    try (Stream<CloudTrailEvent> s = CloudTrailReader.stream(file)) {
      List<CloudTrailEvent> events = s.collect(Collectors.toList());
      assertThat(events).as(file.toString()).hasSize(1);
      return events.get(0);
    }
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyEksRecordHasATypedViewThatMatchesTheModel(Path file) {
    CloudTrailEvent e = read(file);
    if (!e.eventSource().orElseThrow().equals(EksEvent.EVENT_SOURCE)) {
      assertThat(EksEvent.of(e)).isEmpty();
      return;
    }
    EksEvent typed = EksEvent.of(e).orElseThrow();
    String operation = e.eventName().orElseThrow();
    assertThat(typed.operation().value()).isEqualTo(operation);
    if (typed instanceof EksApiCall || file.endsWith(PREVIEW)) {
      return;
    }
    ModelShapes.assertMatches(file.getFileName() + " request", ModelShapes.accessor(typed, "request"),
        e.requestParameters().orElseThrow(), EksModel.INSTANCE.inputShape(operation));
  }

  @ParameterizedTest
  @MethodSource("records")
  void everyRecordHasAnActor(Path file) {
    CloudTrailEvent e = read(file);
    EksActor actor = EksServiceLinkedRoles.actor(e);

    assertThat(actor == EksActor.SERVICE_LINKED_ROLE).isEqualTo(EksServiceLinkedRoles.of(e).isPresent());
    if (e.eventSource().orElseThrow().equals(EksEvent.EVENT_SOURCE)) {
      assertThat(actor).as("a call to the EKS API is made by someone else").isEqualTo(EksActor.NOT_EKS);
    }
  }
}
