package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;
import org.cloudtrail4j.parser.internal.MemberProjection;
import org.cloudtrail4j.parser.internal.ReaderAccess;
import org.cloudtrail4j.parser.internal.ReaderConfig;

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
  /**
   * cloudtrail4j, {@code CloudTrailReader.stream(byte[])}: every event with all its top-level members; the free-form
   * ones stay undecoded bytes.
   */
  c4jFull(Output.RECORDS, C4jWorkload.FULL),
  /** cloudtrail4j, as {@link #c4jFull} and also two lookups in each event's {@code requestParameters}. */
  c4jTouchRequest(Output.RECORDS, C4jWorkload.TOUCH_REQUEST),
  /**
   * cloudtrail4j, equal work with CPL and jackson-databind: as {@link #c4jFull}, and every free-form member decoded
   * to its leaves (keys and strings as {@code String}, numbers as {@code BigDecimal}).
   */
  c4jEager(Output.RECORDS, C4jWorkload.EAGER),
  /**
   * cloudtrail4j, the typical workload: eventTime, eventSource, eventName, the caller's ARN, sourceIPAddress and
   * errorCode of every event, nothing else.
   */
  c4jTypical(Output.RECORDS, C4jWorkload.TYPICAL),
  /**
   * cloudtrail4j filtering on {@code eventSource = eks.amazonaws.com} (1% of records): only those are decoded.
   * Records/s and MB/s count every record scanned.
   */
  c4jFiltered(Output.RECORDS, C4jWorkload.FULL) {
    @Override
    TrailReader create(TrailFixture trail) {
      CloudTrailReader reader = CloudTrailReader.builder().filter(EventFilter.eventSource(FILTERED_SOURCE)).build();
      return C4jReader.of(reader, trail.json(), C4jWorkload.FULL);
    }
  },
  /** cloudtrail4j, {@code CloudTrailReader.stream(Path)} of {@code trail.json.gz}. */
  c4jGzipFile(Output.RECORDS, C4jWorkload.FULL) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path file = trail.gzipFile();
      return new C4jReader(() -> CloudTrailReader.stream(file), C4jWorkload.FULL);
    }
  },
  /** cloudtrail4j, {@code CloudTrailReader.stream(Path)} of the S3 tree on one thread. */
  c4jGzipTree1(Output.TREE_RECORDS, C4jWorkload.FULL) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      return new C4jReader(() -> CloudTrailReader.stream(tree), C4jWorkload.FULL);
    }
  },
  /** cloudtrail4j reading the S3 tree with {@code parallelism(2)}. */
  c4jGzipTree2(Output.TREE_RECORDS, C4jWorkload.FULL) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      CloudTrailReader reader = CloudTrailReader.builder().parallelism(2).build();
      return new C4jReader(() -> reader.read(tree), C4jWorkload.FULL);
    }
  },
  /** cloudtrail4j counting the S3 tree's events by eventSource, one thread. */
  c4jCountTree1(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      return new C4jCountReader(() -> CloudTrailReader.stream(tree));
    }
  },
  /** cloudtrail4j counting the S3 tree's events by eventSource, {@code parallelism(2)}, {@code ordered(false)}. */
  c4jCountTree2(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      CloudTrailReader reader = CloudTrailReader.builder().parallelism(2).ordered(false).build();
      return new C4jCountReader(() -> reader.read(tree));
    }
  },
  /**
   * cloudtrail4j counting the S3 tree's events by eventSource with the read {@code cloudtrail stats} does: only the
   * members stats counts ({@link #STATS_MEMBERS}) decoded, through the parser's internal {@code MemberProjection}
   * (not API: reached from the class path, as the command line and cloudtrail-spark reach it). One thread.
   */
  c4jCountTreeStatsRead1(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      CloudTrailReader reader = CloudTrailReader.defaults();
      return new C4jCountReader(() -> statsRead(reader, tree));
    }
  },
  /** As {@link #c4jCountTreeStatsRead1}, {@code parallelism(2)}, {@code ordered(false)}. */
  c4jCountTreeStatsRead2(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      Path tree = trail.tree();
      CloudTrailReader reader = CloudTrailReader.builder().parallelism(2).ordered(false).build();
      return new C4jCountReader(() -> statsRead(reader, tree));
    }
  },
  /** DuckDB counting the S3 tree's records by eventSource, schema detected, one thread. */
  duckdbAuto1(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new DuckDbCountReader(trail.tree(), 1, false);
    }
  },
  /** DuckDB counting the S3 tree's records by eventSource, schema detected, two threads. */
  duckdbAuto2(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new DuckDbCountReader(trail.tree(), 2, false);
    }
  },
  /** DuckDB counting the S3 tree's records by eventSource, the one column declared, one thread. */
  duckdbDeclared1(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new DuckDbCountReader(trail.tree(), 1, true);
    }
  },
  /** DuckDB counting the S3 tree's records by eventSource, the one column declared, two threads. */
  duckdbDeclared2(Output.COUNTS, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new DuckDbCountReader(trail.tree(), 2, true);
    }
  },
  /** JDK gzip inflate of {@code trail.json.gz}, nothing parsed: the limit for one {@code .json.gz} file. */
  gzipInflate(Output.BYTES, null) {
    @Override
    TrailReader create(TrailFixture trail) {
      return new GzipInflater(trail.gzip());
    }
  },
  /** JDK gzip inflate of the S3 tree's files on one thread. */
  gzipInflateTree1(Output.BYTES_TREE, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 1);
    }
  },
  /** JDK gzip inflate of the S3 tree's files on two threads. */
  gzipInflateTree2(Output.BYTES_TREE, null) {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 2);
    }
  };

  /** The eventSource {@link #c4jFiltered} keeps. */
  static final String FILTERED_SOURCE = "eks.amazonaws.com";

  /**
   * The members {@code cloudtrail stats} decodes: cloudtrail-cli's {@code Stats.MEMBERS} (its {@code StatsTest}
   * holds the same list, so a change there fails until this one follows) and {@code userIdentity} for its filter
   * options, which is among them.
   */
  static final List<String> STATS_MEMBERS =
      List.of("eventSource", "eventName", "userIdentity", "errorCode", "eventTime");

  /** The events of {@code tree} as {@code cloudtrail stats} reads them with {@code reader}'s settings. */
  static Stream<CloudTrailEvent> statsRead(CloudTrailReader reader, Path tree) {
    ReaderConfig config = ReaderAccess.configOf(reader).withProjection(MemberProjection.of(STATS_MEMBERS));
    return ReaderAccess.withConfig(reader, config).read(tree);
  }

  private final Output output;
  private final C4jWorkload workload;

  Contender() {
    this(Output.RECORDS, null);
  }

  Contender(Output output, C4jWorkload workload) {
    this.output = output;
    this.workload = workload;
  }

  /**
   * This contender, set up to read {@code trail}; by default, {@code CloudTrailReader.defaults()} over the trail in
   * memory, each event read by the contender's {@link #workload()}.
   */
  TrailReader create(TrailFixture trail) throws IOException {
    return C4jReader.of(CloudTrailReader.defaults(), trail.json(), workload);
  }

  /** The uncompressed JSON one read covers. */
  long jsonBytes(TrailFixture trail) {
    return output.readsTree ? trail.corpus().logFilesJsonBytes() : trail.json().length;
  }

  /** What {@link TrailReader#read} returns and puts in the sink. */
  Output output() {
    return output;
  }

  /** For a cloudtrail4j contender that hands over each event's values, what it reads of each; otherwise null. */
  C4jWorkload workload() {
    return workload;
  }

  /** What a contender's read produces. */
  enum Output {
    /** Records of {@code trail.json}, in file order: {@code read} returns how many. */
    RECORDS(false),
    /** Records of the S3 tree, whose files hold them in another order than {@code trail.json}. */
    TREE_RECORDS(true),
    /**
     * The S3 tree's records counted by eventSource: one {@code Map<String, Long>} in the sink; {@code read} returns
     * the records counted.
     */
    COUNTS(true),
    /** {@code trail.json.gz} only decompressed: {@code read} returns the bytes inflated. */
    BYTES(false),
    /** The S3 tree's files only decompressed: {@code read} returns the bytes inflated. */
    BYTES_TREE(true);

    final boolean readsTree;

    Output(boolean readsTree) {
      this.readsTree = readsTree;
    }
  }
}
