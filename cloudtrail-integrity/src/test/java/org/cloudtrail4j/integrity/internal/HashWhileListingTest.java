package org.cloudtrail4j.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.ObjectStore;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.ValidationReport;
import org.cloudtrail4j.integrity.ValidationStatus;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With more than one thread, log files are hashed while the listing runs (the walk cannot start before it ends):
 * each such hash is the one the digests' checks then use, and the report is one thread's.
 */
class HashWhileListingTest {
  @TempDir
  Path dir;

  /** A directory seen as a bucket, whose listing takes a while and which counts the log files it opens. */
  static final class SlowListing implements ObjectStore {
    final ObjectStore files;
    final long pauseMillis;
    final Map<String, AtomicInteger> opened = new ConcurrentHashMap<>();
    final AtomicInteger openedWhileListing = new AtomicInteger();
    volatile boolean listed;

    SlowListing(Path root, long pauseMillis) {
      this.files = ObjectStore.directory(root);
      this.pauseMillis = pauseMillis;
    }

    @Override
    public Stream<String> list(String bucket, String prefix) throws IOException {
      Stream<String> keys = files.list(bucket, prefix);
      return keys.peek(k -> pause()).onClose(() -> {
        listed = true;
        keys.close();
      });
    }

    private void pause() {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public InputStream open(String bucket, String key) throws IOException {
      if (key.contains("/CloudTrail/")) {
        opened.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (!listed) {
          openedWhileListing.incrementAndGet();
        }
      }
      return files.open(bucket, key);
    }

    @Override
    public Map<String, String> metadata(String bucket, String key) throws IOException {
      return files.metadata(bucket, key);
    }
  }

  @Test
  void logFilesHashedWhileListingAreHashedOnceAndReportedAsOnOneThread() throws IOException {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    for (int i = 0; i < 12; i++) {
      t.hour(t.log(), t.log());
    }
    t.log(); // no digest lists it
    Log changed = t.log();
    t.saveSignature(t.hour(changed, t.log()));
    t.rewrite(changed.key(), s -> s.replace("eventID", "eventId"));

    SlowListing slow = new SlowListing(t.root, 20);
    ValidationReport two = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).bucket(t.bucket)
        .parallelism(2).build().validate(slow);
    ValidationReport one = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).bucket(t.bucket)
        .parallelism(1).build().validate(new SlowListing(t.root, 0));

    assertThat(slow.openedWhileListing.get()).isPositive();
    List<String> listedByDigests = one.logFiles().stream()
        .filter(f -> f.status() != ValidationStatus.NOT_COVERED).map(f -> f.key()).collect(Collectors.toList());
    assertThat(listedByDigests).hasSize(26);
    for (String key : listedByDigests) {
      assertThat(slow.opened.get(key)).as(key).hasValue(1);
    }
    assertThat(two.logFiles()).isEqualTo(one.logFiles());
    assertThat(two.digests()).isEqualTo(one.digests());
    assertThat(one.logFileCount(ValidationStatus.HASH_MISMATCH)).isEqualTo(1);
    assertThat(one.logFileCount(ValidationStatus.NOT_COVERED)).isEqualTo(1);
  }
}
