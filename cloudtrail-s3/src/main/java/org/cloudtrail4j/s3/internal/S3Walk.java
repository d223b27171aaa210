package org.cloudtrail4j.s3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.parser.CloudTrailSource;
import org.cloudtrail4j.parser.LogFileKey;
import org.cloudtrail4j.parser.LogFileSelector;
import org.cloudtrail4j.parser.ReadListener;
import org.cloudtrail4j.parser.internal.LogFolder;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists the log objects under a location lazily, in key order, one page at a time, as CloudTrail's layout allows:
 * delimiter listings for the organization, account and region folders (read by the parser's {@link LogFolder}, as
 * the directory walk reads them, and pruned by the {@link LogFileSelector}), then
 * one listing per day in the selected range, or a listing that starts after the first selected day
 * ({@code StartAfter}) and stops after the last one; where the selector prunes nothing below a folder (a region
 * without days, {@code CloudTrail/} without regions or days), one flat listing of everything under it. Digest, Insights and other services' folders are skipped and
 * pruned folders and objects are told to the listener; a listing that fails (access denied, say) becomes a source
 * whose opening fails with the reason, so that the reader reports it under its error policy and goes on with the other
 * folders. Not thread-safe: the reader pulls it from its consuming thread.
 *
 * <p>The validator's walk ({@link #ofTrail}) lists a trail as the validator reads it: {@code CloudTrail-Digest}
 * folders and digests too, hidden folders and files too (a file in a trail's folders that no digest lists is what
 * validation reports, and a listing pruned by time must give the report of the whole listing), every object whose
 * folders the selector does not rule out; a failed listing throws. With a selector that prunes nothing it is one flat listing of
 * the prefix.
 */
public final class S3Walk implements Iterator<CloudTrailSource> {
  /** Beyond this many days, a bounded range is listed with StartAfter rather than day by day. */
  private static final int MAX_DAY_LISTINGS = 400;

  private final S3Client s3;
  private final String bucket;
  private final LogFileSelector selector;
  private final ReadListener listener;
  private final int maxResumes;
  /** The validator's walk: digests and hidden names kept, failures thrown through this; null for the reader's. */
  private final BiFunction<String, SdkException, IOException> listingFailure;
  private final ArrayDeque<Task> stack = new ArrayDeque<>();
  private final ArrayDeque<CloudTrailSource> ready = new ArrayDeque<>();
  private int listings;

  /**
   * A walk under {@code prefix} (empty or ending with a slash).
   *
   * @param listener told of pruned and skipped folders and objects, on the thread pulling the walk
   */
  public S3Walk(S3Client s3, String bucket, String prefix, LogFileSelector selector, ReadListener listener,
      int maxResumes) {
    this(s3, bucket, prefix, selector, listener, maxResumes, null);
  }

  private S3Walk(S3Client s3, String bucket, String prefix, LogFileSelector selector, ReadListener listener,
      int maxResumes, BiFunction<String, SdkException, IOException> listingFailure) {
    this.s3 = s3;
    this.bucket = bucket;
    this.selector = selector;
    this.listener = listener;
    this.maxResumes = maxResumes;
    this.listingFailure = listingFailure;
    LogFolder level = LogFolder.of(List.of(prefix.split("/")));
    stack.push(listingFailure != null && selector.selectsAll() ? new Listing(prefix, level, false, null, null)
        : task(prefix, level));
  }

  /**
   * The validator's walk of a trail under {@code prefix} (empty or ending with a slash): its log and digest files,
   * as the class comment says; read it with {@link #keys()}.
   *
   * @param selector the folders and files the validation may leave out, {@link LogFileSelector#all()} for none
   * @param listingFailure the exception for a listing of a prefix that failed, thrown (unchecked) by {@code keys()}
   * @return the walk
   */
  public static S3Walk ofTrail(S3Client s3, String bucket, String prefix, LogFileSelector selector,
      BiFunction<String, SdkException, IOException> listingFailure) {
    return new S3Walk(s3, bucket, prefix, selector, new ReadListener() {}, 0, listingFailure);
  }

  /**
   * The keys this walk lists, lazily, in key order within each folder: for a walk made by {@link #ofTrail}, whose
   * failed listing is an {@link UncheckedIOException} while the stream is consumed.
   *
   * @return the keys
   */
  public Stream<String> keys() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).map(s -> ((S3Source) s).key);
  }

  /** The number of list requests made so far. */
  public int listings() {
    return listings;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !stack.isEmpty()) {
      stack.peek().step();
    }
    return !ready.isEmpty();
  }

  @Override
  public CloudTrailSource next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private String uri(String key) {
    return "s3://" + bucket + "/" + key;
  }

  private Task task(String prefix, LogFolder level) {
    if (level.level() == LogFolder.Level.REGION
        && (selector.firstDay().isPresent() || selector.lastDay().isPresent())) {
      LocalDate first = selector.firstDay().orElse(null);
      LocalDate last = selector.lastDay().orElse(null);
      if (first != null && last != null && ChronoUnit.DAYS.between(first, last) < MAX_DAY_LISTINGS) {
        return new DaysTask(prefix, level, first, last);
      }
      return new Listing(prefix, level, false, first == null ? null : prefix + dayPath(first.minusDays(1)) + "/~",
          last == null ? null : prefix + dayPath(last) + "/~");
    }
    // where every folder below is listed anyway (from a region down; from CloudTrail/ when the selector names no
    // regions or days), one flat listing (paginated) is fewer requests than one a folder: an account's unfiltered
    // read lists its CloudTrail/ folder once per 1,000 keys instead of once a region plus the folder itself
    boolean flat = level.level().compareTo(LogFolder.Level.REGION) >= 0
        || level.level() == LogFolder.Level.SERVICE && level.inCloudTrailLogs() && !level.selectorPrunesBelow(selector);
    return new Listing(prefix, level, !flat, null, null);
  }

  private static String dayPath(LocalDate d) {
    // Locale.ROOT: the default locale may write other digits (fa-IR: ۲۰۲۶), and then no day folder is found
    return String.format(Locale.ROOT, "%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private abstract static class Task {
    abstract void step();
  }

  /** One day after the other, each listed when its turn comes. */
  private final class DaysTask extends Task {
    private final String prefix;
    private final LogFolder level;
    private LocalDate day;
    private final LocalDate last;

    DaysTask(String prefix, LogFolder level, LocalDate first, LocalDate last) {
      this.prefix = prefix;
      this.level = level;
      this.day = first;
      this.last = last;
    }

    @Override
    void step() {
      if (day.isAfter(last)) {
        stack.pop();
        return;
      }
      String p = prefix + dayPath(day) + "/";
      LogFolder dayLevel = level.child(String.format(Locale.ROOT, "%04d", day.getYear()))
          .child(String.format(Locale.ROOT, "%02d", day.getMonthValue()))
          .child(String.format(Locale.ROOT, "%02d", day.getDayOfMonth()));
      day = day.plusDays(1);
      stack.push(new Listing(p, dayLevel, false, null, null));
    }
  }

  /** A listing of a prefix, a page at a time; with a delimiter, its folders become tasks of their own. */
  private final class Listing extends Task {
    private final String prefix;
    private final LogFolder level;
    private final boolean delimited;
    private final String startAfter;
    private final String stopAfter;
    private final ArrayDeque<Object> page = new ArrayDeque<>();
    private String token;
    private boolean started;
    private boolean done;

    Listing(String prefix, LogFolder level, boolean delimited, String startAfter, String stopAfter) {
      this.prefix = prefix;
      this.level = level;
      this.delimited = delimited;
      this.startAfter = startAfter;
      this.stopAfter = stopAfter;
    }

    @Override
    void step() {
      if (page.isEmpty()) {
        if (done || started && token == null) {
          stack.pop();
          return;
        }
        fetch();
        return;
      }
      Object item = page.poll();
      if (item instanceof CommonPrefix) {
        folder(((CommonPrefix) item).prefix());
      } else {
        object((S3Object) item);
      }
    }

    private void fetch() {
      ListObjectsV2Request.Builder req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix);
      if (delimited) {
        req.delimiter("/");
      }
      if (token != null) {
        req.continuationToken(token);
      } else if (startAfter != null) {
        req.startAfter(startAfter);
      }
      started = true;
      ListObjectsV2Response r;
      try {
        listings++;
        r = s3.listObjectsV2(req.build());
      } catch (SdkException e) {
        if (listingFailure != null) {
          throw new UncheckedIOException(listingFailure.apply(prefix, e));
        }
        fail(e);
        return;
      }
      token = Boolean.TRUE.equals(r.isTruncated()) ? r.nextContinuationToken() : null;
      List<Object> items = new ArrayList<>(r.contents());
      items.addAll(r.commonPrefixes());
      items.sort(Comparator.comparing(i -> i instanceof S3Object ? ((S3Object) i).key() : ((CommonPrefix) i).prefix()));
      page.addAll(items);
    }

    private void fail(SdkException failure) {
      done = true;
      ready.add(CloudTrailSource.of(uri(prefix), () -> {
        throw S3Failure.exception("list", bucket, prefix, failure);
      }));
    }

    private void folder(String p) {
      String name = p.substring(prefix.length(), p.length() - 1);
      LogFolder child = level.child(name);
      if (child.level() == LogFolder.Level.SERVICE && !child.inCloudTrailLogs()
          && !(listingFailure != null && name.equals(LogFileKey.CLOUDTRAIL_DIGEST))) {
        listener.sourceSkipped(uri(p), name.equals(LogFileKey.CLOUDTRAIL_DIGEST)
            ? "CloudTrail digest files (log file integrity), not log files"
            : name.equals(LogFileKey.CLOUDTRAIL_INSIGHT)
                ? "CloudTrail Insights files, not read in a tree (name their folder to read them)"
                : "files of another service (" + name + "), not CloudTrail logs");
        return;
      }
      String pruned = child.prunedBy(selector);
      if (pruned != null) {
        listener.sourcePruned(uri(p), pruned);
        return;
      }
      if (name.startsWith(".") && listingFailure == null) {
        listener.sourceSkipped(uri(p), "hidden folder");
        return;
      }
      stack.push(task(p, child));
    }

    private void object(S3Object o) {
      String key = o.key();
      if (stopAfter != null && key.compareTo(stopAfter) > 0) {
        done = true;
        page.clear();
        return;
      }
      if (listingFailure != null) {
        // the validator's walk: every key but those of a day folder outside the range (ObjectStore's contract); the
        // validator itself picks by the time in the name, with its own edges
        LogFileKey k = LogFileKey.parse(key).orElse(null);
        if (k == null || k.date().map(selector::selectsDay).orElse(true)) {
          ready.add(new S3Source(s3, bucket, key, o.eTag(), o.size(), maxResumes));
        }
        return;
      }
      if (key.endsWith("/")) {
        return; // a folder marker made by a console
      }
      LogFileKey k = LogFileKey.parse(key).orElse(null);
      if (k != null) {
        switch (k.kind()) {
          case DIGEST:
            listener.sourceSkipped(uri(key), "CloudTrail digest file (log file integrity), not a log file");
            return;
          case OTHER:
            listener.sourceSkipped(uri(key), "file of another service (" + k.service() + "), not a CloudTrail log");
            return;
          case INSIGHT:
            if (!LogFileKey.CLOUDTRAIL_INSIGHT.equals(level.service())) { // read only in a folder the user named
              listener.sourceSkipped(uri(key), "CloudTrail Insights file, not read in a tree");
              return;
            }
            break;
          default:
            break;
        }
        if (!selector.selects(k)) {
          listener.sourcePruned(uri(key), !selector.selectsAccount(k.accountId()) ? "account not in the filter"
              : !k.region().map(selector::selectsRegion).orElse(true) ? "region not in the filter"
                  : "delivered outside the filter's time range");
          return;
        }
      }
      int slash = key.lastIndexOf('/');
      String name = key.substring(slash + 1);
      if (name.startsWith(".")) {
        listener.sourceSkipped(uri(key), "hidden file");
        return;
      }
      if (!delimited && slash > prefix.length() && key.lastIndexOf("/.", slash - 1) >= prefix.length() - 1) {
        // a flat listing sees into the hidden folders that a delimited walk skips
        listener.sourceSkipped(uri(key), "in a hidden folder");
        return;
      }
      ready.add(new S3Source(s3, bucket, key, o.eTag(), o.size(), maxResumes));
    }
  }

  /** An object to read. */
  static final class S3Source implements CloudTrailSource {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String etag;
    private final Long size;
    private final int maxResumes;

    S3Source(S3Client s3, String bucket, String key, String etag, Long size, int maxResumes) {
      this.s3 = s3;
      this.bucket = bucket;
      this.key = key;
      this.etag = etag;
      this.size = size;
      this.maxResumes = maxResumes;
    }

    @Override
    public String name() {
      return "s3://" + bucket + "/" + key;
    }

    @Override
    public java.io.InputStream open() throws IOException {
      return ObjectStream.open(s3, bucket, key, etag, maxResumes);
    }

    @Override
    public OptionalLong size() {
      return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
