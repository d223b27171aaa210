package org.cloudtrail4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every contender sees the same trail: the same number of records, and the same eventIDs where it decodes them. */
class ContenderTest {
  private static final long SEED = CorpusGenerator.DEFAULT_SEED;
  private static TrailFixture trail;
  private static List<String> eventIds;
  private static List<String> filteredEventIds;

  @BeforeAll
  static void generate() throws IOException {
    System.out.println("ContenderTest seed " + SEED);
    trail = TrailFixture.generate(SEED, 400_000);
    eventIds = new ArrayList<>();
    filteredEventIds = new ArrayList<>();
    for (JsonNode record : new ObjectMapper().readTree(trail.json()).path("Records")) {
      eventIds.add(record.path("eventID").textValue());
      if (record.path("eventSource").textValue().equals(Contender.FILTERED_SOURCE)) {
        filteredEventIds.add(record.path("eventID").textValue());
      }
    }
    assertThat(filteredEventIds).isNotEmpty();
  }

  @AfterAll
  static void cleanUp() {
    trail.close();
  }

  @ParameterizedTest
  @EnumSource(Contender.class)
  void readsEveryRecordOfTheTrail(Contender contender) throws IOException {
    RecordingSink sink = new RecordingSink();
    long read;
    try (TrailReader reader = contender.create(trail)) {
      read = reader.read(sink);
      // a second read of the same reader sees the same: readers are reused across a trial's operations
      assertThat(reader.read(new RecordingSink())).isEqualTo(read);
    }
    if (contender.decodesRecords()) {
      List<String> expected = contender == Contender.c4jFiltered ? filteredEventIds : eventIds;
      assertThat(read).isEqualTo(expected.size());
      if (contender.readsTree()) {
        assertThat(sink.eventIds).containsExactlyInAnyOrderElementsOf(expected);
      } else if (!sink.eventIds.isEmpty()) {
        assertThat(sink.eventIds).containsExactlyElementsOf(expected);
      }
    } else {
      assertThat(read).isEqualTo(contender.jsonBytes(trail));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Contender.class, names = {"jacksonNextToken", "gzipInflate", "gzipInflateTree1",
      "gzipInflateTree2", "c4jFiltered"}, mode = EnumSource.Mode.EXCLUDE)
  void decodersReportEveryEventId(Contender contender) throws IOException {
    RecordingSink sink = new RecordingSink();
    try (TrailReader reader = contender.create(trail)) {
      reader.read(sink);
    }
    assertThat(sink.eventIds).hasSize(trail.records()).doesNotContainNull();
  }
}
