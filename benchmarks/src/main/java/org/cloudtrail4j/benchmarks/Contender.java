package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;

/**
 * The ways of reading a trail that {@link ReadBenchmark} compares, one per {@code @Param} value, as Caffeine's cache
 * benchmarks choose a cache. Each reads the same generated corpus; its {@link #jsonBytes} says how many bytes of
 * uncompressed JSON one read covers, for MB/s.
 */
public enum Contender {
  /** jackson-core {@code nextToken()} to the end: the tokenizer's own speed. */
  jacksonNextToken {
    @Override
    TrailReader create(TrailFixture trail) {
      return new JacksonTokenLoop(trail.json());
    }
  },
  /** AWS CloudTrail Processing Library 1.1.3: {@code DefaultEventSerializer}. */
  awsCpl {
    @Override
    TrailReader create(TrailFixture trail) {
      return new AwsCplReader(trail.json());
    }
  },
  /** jackson-databind {@code readTree} of the whole file. */
  databindTree {
    @Override
    TrailReader create(TrailFixture trail) {
      return new DatabindTreeReader(trail.json());
    }
  },
  /** jackson-databind, each record streamed to a {@code Map<String, Object>}. */
  databindMap {
    @Override
    TrailReader create(TrailFixture trail) {
      return new DatabindMapReader(trail.json());
    }
  },
  /** cloudtrail4j, {@code CloudTrailReader.stream(byte[])}: every event with all its top-level fields. */
  c4jFull {
    @Override
    TrailReader create(TrailFixture trail) {
      return C4jReader.of(CloudTrailReader.defaults(), trail.json(), false);
    }
  },
  /** cloudtrail4j, as {@link #c4jFull} and also two lookups in each event's {@code requestParameters}. */
  c4jTouchRequest {
    @Override
    TrailReader create(TrailFixture trail) {
      return C4jReader.of(CloudTrailReader.defaults(), trail.json(), true);
    }
  },
  /**
   * cloudtrail4j filtering on {@code eventSource = eks.amazonaws.com} (1% of records): only those are decoded.
   * Records/s and MB/s count every record scanned.
   */
  c4jFiltered {
    @Override
    TrailReader create(TrailFixture trail) {
      CloudTrailReader reader = CloudTrailReader.builder().filter(EventFilter.eventSource(FILTERED_SOURCE)).build();
      return C4jReader.of(reader, trail.json(), false);
    }
  },
  /** cloudtrail4j, {@code CloudTrailReader.stream(Path)} of {@code trail.json.gz}. */
  c4jGzipFile {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path file = trail.gzipFile();
      return new C4jReader(() -> CloudTrailReader.stream(file), false);
    }
  },
  /** cloudtrail4j, {@code CloudTrailReader.stream(Path)} of the S3 tree on one thread. */
  c4jGzipTree1(true, true) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      return new C4jReader(() -> CloudTrailReader.stream(tree), false);
    }
  },
  /** cloudtrail4j reading the S3 tree with {@code parallelism(2)}. */
  c4jGzipTree2(true, true) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      CloudTrailReader reader = CloudTrailReader.builder().parallelism(2).build();
      return new C4jReader(() -> reader.read(tree), false);
    }
  },
  /** JDK gzip inflate of {@code trail.json.gz}, nothing parsed: the limit for one {@code .json.gz} file. */
  gzipInflate(false, false) {
    @Override
    TrailReader create(TrailFixture trail) {
      return new GzipInflater(trail.gzip());
    }
  },
  /** JDK gzip inflate of the S3 tree's files on one thread. */
  gzipInflateTree1(true, false) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 1);
    }
  },
  /** JDK gzip inflate of the S3 tree's files on two threads. */
  gzipInflateTree2(true, false) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 2);
    }
  };

  /** The eventSource {@link #c4jFiltered} keeps. */
  static final String FILTERED_SOURCE = "eks.amazonaws.com";

  private final boolean readsTree;
  private final boolean decodesRecords;

  Contender() {
    this(false, true);
  }

  Contender(boolean readsTree, boolean decodesRecords) {
    this.readsTree = readsTree;
    this.decodesRecords = decodesRecords;
  }

  /** This contender, set up to read {@code trail}. */
  abstract TrailReader create(TrailFixture trail) throws IOException;

  /** The uncompressed JSON one read covers. */
  long jsonBytes(TrailFixture trail) {
    return readsTree() ? trail.corpus().logFilesJsonBytes() : trail.json().length;
  }

  /**
   * Whether {@link TrailReader#read} returns records; otherwise it only decompresses and returns the bytes
   * inflated.
   */
  boolean decodesRecords() {
    return decodesRecords;
  }

  /** Whether it reads the S3 tree, whose files hold the records in another order than {@code trail.json}. */
  boolean readsTree() {
    return readsTree;
  }
}
