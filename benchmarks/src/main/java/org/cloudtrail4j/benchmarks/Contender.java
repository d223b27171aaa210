package org.cloudtrail4j.benchmarks;

import java.io.IOException;

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
  /** JDK gzip inflate of {@code trail.json.gz}, nothing parsed: the limit for one {@code .json.gz} file. */
  gzipInflate {
    @Override
    TrailReader create(TrailFixture trail) {
      return new GzipInflater(trail.gzip());
    }

    @Override
    boolean decodesRecords() {
      return false;
    }
  },
  /** JDK gzip inflate of the S3 tree's files on one thread. */
  gzipInflateTree1 {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 1);
    }

    @Override
    long jsonBytes(TrailFixture trail) {
      return trail.corpus().logFilesJsonBytes();
    }

    @Override
    boolean decodesRecords() {
      return false;
    }
  },
  /** JDK gzip inflate of the S3 tree's files on two threads. */
  gzipInflateTree2 {
    @Override
    TrailReader create(TrailFixture trail) throws IOException {
      return new GzipTreeInflater(trail.treeFiles(), 2);
    }

    @Override
    long jsonBytes(TrailFixture trail) {
      return trail.corpus().logFilesJsonBytes();
    }

    @Override
    boolean decodesRecords() {
      return false;
    }
  };

  /** This contender, set up to read {@code trail}. */
  abstract TrailReader create(TrailFixture trail) throws IOException;

  /** The uncompressed JSON one read covers. */
  long jsonBytes(TrailFixture trail) {
    return trail.json().length;
  }

  /**
   * Whether {@link TrailReader#read} returns records; otherwise it only decompresses and returns the bytes
   * inflated.
   */
  boolean decodesRecords() {
    return true;
  }
}
