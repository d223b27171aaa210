package org.cloudtrail4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic CloudTrail trails: the same seed and size give the same bytes, on every JDK.
 *
 * <p>Records are written as CloudTrail writes them (compact JSON, CloudTrail's field order, {@code eventTime} as
 * {@code yyyy-MM-ddTHH:mm:ssZ}), with the mix of a busy account: 40% read-only calls, 25% AssumeRole, 20% S3 and KMS
 * data events, 10% large mutating calls, 5% errors, console sign-ins and service events; {@code eks.amazonaws.com}
 * is the eventSource of exactly 1% (see {@code RecordGenerator}). Three accounts and four regions; principals, user
 * agents and resources come from fixed pools, so strings repeat as they do in a real trail.
 *
 * <pre>{@code
 * Corpus corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(8_000_000);
 * byte[] json = corpus.trail();               // {"Records":[...]}, about 8 MB
 * List<LogFile> files = corpus.logFiles();   // the same records in S3 layout, 100-500 per file
 * }</pre>
 *
 * <p>From the command line: {@code java -cp benchmarks/target/benchmarks.jar
 * org.cloudtrail4j.benchmarks.CorpusGenerator <dir> [megabytes=64] [seed]} writes {@code trail.json},
 * {@code trail.json.gz} and {@code tree/AWSLogs/...}.
 *
 * <p>Not thread-safe; a generator may be used for several corpora, each starting afresh from the seed.
 */
public final class CorpusGenerator {
  /** The seed of the benchmark corpus. */
  public static final long DEFAULT_SEED = 20250601L;
  /** The size of the benchmark corpus: 64 MB of uncompressed JSON. */
  public static final long DEFAULT_SIZE = 64_000_000L;

  private static final byte[] HEAD = "{\"Records\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FOOT = "]}".getBytes(StandardCharsets.US_ASCII);
  private static final int MIN_RECORDS_PER_FILE = 100;
  private static final int MAX_RECORDS_PER_FILE = 500;
  /** CloudTrail delivers a log file about every five minutes. */
  private static final long DELIVERY_PERIOD = 300;

  private final long seed;

  /** A generator for {@code seed}. */
  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Generates records until the trail file reaches {@code targetBytes} (it may be one record longer); at least one
   * record.
   */
  public Corpus generate(long targetBytes) {
    if (targetBytes <= 0 || targetBytes > Integer.MAX_VALUE - (1 << 20)) {
      throw new IllegalArgumentException("targetBytes must be in (0, 2 GB): " + targetBytes);
    }
    SplittableRandom root = new SplittableRandom(seed);
    // separate streams: the pools, the records and the file names never shift one another
    Pools pools = new Pools(new IdSource(root.split()));
    RecordGenerator records = new RecordGenerator(pools, new IdSource(root.split()));
    IdSource names = new IdSource(root.split());

    List<TrailRecord> all = new ArrayList<>();
    long size = HEAD.length + FOOT.length;
    while (size < targetBytes || all.isEmpty()) {
      TrailRecord r = records.next();
      all.add(r);
      size += r.json().length + (all.size() > 1 ? 1 : 0);
    }
    byte[] trail = join(all, size);
    return new Corpus(seed, trail, all.size(), tree(all, names));
  }

  /**
   * Splits the records into log files as a trail delivers them: one file per account and region at a time,
   * closed after 100-500 records (the last of each account and region may hold fewer).
   */
  private static List<LogFile> tree(List<TrailRecord> all, IdSource names) {
    List<LogFile> files = new ArrayList<>();
    Map<String, List<TrailRecord>> open = new LinkedHashMap<>();
    Map<String, Integer> limits = new LinkedHashMap<>();
    for (TrailRecord r : all) {
      String key = r.recipientAccountId() + '/' + r.awsRegion();
      List<TrailRecord> file = open.computeIfAbsent(key, k -> new ArrayList<>());
      int limit = limits.computeIfAbsent(key, k -> names.between(MIN_RECORDS_PER_FILE, MAX_RECORDS_PER_FILE));
      file.add(r);
      if (file.size() == limit) {
        files.add(logFile(file, names));
        open.remove(key);
        limits.remove(key);
      }
    }
    for (List<TrailRecord> file : open.values()) {
      files.add(logFile(file, names));
    }
    return files;
  }

  private static LogFile logFile(List<TrailRecord> records, IdSource names) {
    TrailRecord first = records.get(0);
    long last = records.get(records.size() - 1).eventTime();
    long delivered = (last / DELIVERY_PERIOD + 1) * DELIVERY_PERIOD;
    String account = first.recipientAccountId();
    String region = first.awsRegion();
    String key = "AWSLogs/" + account + "/CloudTrail/" + region + "/" + EventTimes.datePath(delivered) + "/"
        + account + "_CloudTrail_" + region + "_" + EventTimes.fileStamp(delivered) + "_" + names.alnum(16)
        + ".json.gz";
    long size = HEAD.length + FOOT.length + records.size() - 1;
    for (TrailRecord r : records) {
      size += r.json().length;
    }
    return new LogFile(key, join(records, size), records.size());
  }

  private static byte[] join(List<TrailRecord> records, long size) {
    byte[] out = new byte[Math.toIntExact(size)];
    System.arraycopy(HEAD, 0, out, 0, HEAD.length);
    int p = HEAD.length;
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        out[p++] = ',';
      }
      byte[] json = records.get(i).json();
      System.arraycopy(json, 0, out, p, json.length);
      p += json.length;
    }
    System.arraycopy(FOOT, 0, out, p, FOOT.length);
    return out;
  }

  /**
   * Writes a corpus: {@code CorpusGenerator <dir> [megabytes=64] [seed]}.
   *
   * @param args the output folder, then optionally the size in MB (10^6 bytes) and the seed
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: CorpusGenerator <dir> [megabytes=64] [seed=" + DEFAULT_SEED + "]");
      System.exit(2);
      return;
    }
    Path dir = Path.of(args[0]);
    long size = args.length > 1 ? Long.parseLong(args[1]) * 1_000_000L : DEFAULT_SIZE;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    System.out.println("generating " + size + " bytes with seed " + seed + " into " + dir.toAbsolutePath());
    Corpus corpus = new CorpusGenerator(seed).generate(size);
    corpus.writeTo(dir);
    System.out.println(corpus.records() + " records, " + corpus.trail().length + " bytes; "
        + corpus.logFiles().size() + " log files under " + dir.resolve(Corpus.TREE));
  }
}
