package org.cloudtrail4j.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader and the model are safe to share between threads, and a parallel read gives what a sequential one
 * gives: the same sequence when ordered, the same multiset of events and problems when not. The tree read is the
 * bundled samples, the corpus's delivery files, and 300 generated files, some of them damaged.
 */
class ThreadSafetyTest {
  private static final long SEED = Long.getLong("cloudtrail4j.seed", 7L);

  @TempDir
  static Path tree;

  @BeforeAll
  static void makeTree() throws IOException {
    copy(Path.of("../samples/AWSLogs"), tree.resolve("samples"));
    copy(CorpusTest.CORPUS.resolve("panther-labs__panther-analysis"), tree.resolve("corpus/panther"));
    copy(CorpusTest.CORPUS.resolve("awsdocs__iam-user-guide"), tree.resolve("corpus/iam"));
    Random random = new Random(SEED);
    Path day = Files.createDirectories(tree.resolve("generated/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01"));
    for (int f = 0; f < 300; f++) {
      int n = random.nextInt(40);
      StringBuilder s = new StringBuilder("{\"Records\":[");
      for (int i = 0; i < n; i++) {
        String r = HostileRecords.record("f" + f + "-" + i);
        if (random.nextInt(50) == 0) {
          r = r.replace("\"RunInstances\"", "\"Run\u0001Instances\""); // a bad record now and then
        }
        s.append(i == 0 ? "" : ",").append(r);
      }
      byte[] json = HostileRecords.utf8(s.append("]}").toString());
      if (random.nextInt(30) == 0) {
        json = java.util.Arrays.copyOf(json, json.length / 2); // and a cut file
      }
      Files.write(day.resolve(String.format("111122223333_CloudTrail_eu-west-1_20240301T%04dZ.json.gz", f)),
          HostileRecords.gzip(json));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Everything a read delivered, in stream order: each event and each problem as one line. */
  private static List<String> read(CloudTrailReader.Builder builder, Path path) {
    List<String> out = Collections.synchronizedList(new ArrayList<>());
    try (Stream<CloudTrailEvent> events = builder.onProblem(p -> out.add("problem " + p)).build().read(path)) {
      events.forEach(e -> out.add(fingerprint(e)));
    }
    return out;
  }

  /** An event's identity and content as text: origin, raw bytes and every decoded member. */
  private static String fingerprint(CloudTrailEvent e) {
    return "event " + e.origin().orElseThrow() + " " + new String(e.rawJson().raw(), java.nio.charset.StandardCharsets.UTF_8)
        + " | " + e;
  }

  @ParameterizedTest
  @CsvSource({"4, true", "2, false", "8, false"})
  void aParallelReadGivesWhatASequentialReadGives(int threads, boolean ordered) {
    List<String> sequential = read(CloudTrailReader.builder(), tree);
    assertThat(sequential).hasSizeGreaterThan(5000);
    assertThat(sequential).anyMatch(l -> l.startsWith("problem "));
    List<String> parallel = read(CloudTrailReader.builder().parallelism(threads).ordered(ordered), tree);
    if (ordered) {
      assertThat(parallel).isEqualTo(sequential);
    } else {
      assertThat(parallel).containsExactlyInAnyOrderElementsOf(sequential);
    }
  }

  @Test
  void oneReaderIsSharedByManyThreadsReadingAtOnce() throws Exception {
    Queue<CloudTrailProblem> problems = new ConcurrentLinkedQueue<>();
    CloudTrailReader shared = CloudTrailReader.builder().filter(EventFilter.eventSource("ec2.amazonaws.com").negate())
        .onProblem(problems::add).build();
    List<String> expected = new ArrayList<>();
    try (Stream<CloudTrailEvent> s = shared.read(tree)) {
      s.forEach(e -> expected.add(fingerprint(e)));
    }
    int expectedProblems = problems.size();
    problems.clear();
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int parallelReads = t % 2; // half of them read with their own pool of threads as well
      tasks.add(() -> {
        start.await();
        List<String> got = new ArrayList<>();
        CloudTrailReader reader = parallelReads == 0 ? shared : CloudTrailReader.builder()
            .filter(EventFilter.eventSource("ec2.amazonaws.com").negate()).onProblem(problems::add).parallelism(3)
            .build();
        try (Stream<CloudTrailEvent> s = reader.read(tree)) {
          s.forEach(e -> got.add(fingerprint(e)));
        }
        return got;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(problems).hasSize(expectedProblems * threads);
  }

  @Test
  void eventsAreSafeToShareBetweenThreads() throws Exception {
    List<CloudTrailEvent> events;
    try (Stream<CloudTrailEvent> s = CloudTrailReader.builder().onProblem(p -> { }).build()
        .read(tree.resolve("corpus"))) {
      events = s.collect(Collectors.toList());
    }
    // each thread walks every event's lazy members at once: decoded values, JSON navigation, equality and text
    List<String> expected = events.stream().map(ThreadSafetyTest::walk).collect(Collectors.toList());
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      tasks.add(() -> {
        start.await();
        String[] got = new String[events.size()];
        for (int k = 0; k < events.size(); k++) {
          int i = (k + offset * 61) % events.size(); // different threads start on different events
          got[i] = walk(events.get(i));
        }
        return List.of(got);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String walk(CloudTrailEvent e) {
    StringBuilder s = new StringBuilder();
    s.append(e.hashCode()).append(e.equals(e)).append(e);
    e.userIdentity().ifPresent(u -> s.append(u.type()).append(u.arn()).append(u.sessionContext()));
    for (JsonValue v : new JsonValue[] {e.requestParameters().orElse(JsonValue.missing()),
        e.responseElements().orElse(JsonValue.missing()), e.rawJson()}) {
      s.append(v.type()).append(v.hashCode());
      if (v.isObject()) {
        v.fields().forEach((k, x) -> s.append(k).append(x.type()).append(x.asString()).append(x.asBoolean()));
      }
    }
    s.append(e.field("eventTime").asInstant()).append(e.unknownFields().keySet());
    return s.toString();
  }
}
