package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudtrail4j.integrity.ValidationStatus.NOT_COVERED;
import static org.cloudtrail4j.integrity.ValidationStatus.UNREADABLE;
import static org.cloudtrail4j.integrity.ValidationStatus.VALID;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Digest;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO (or a device, a socket) in a local trail, where a log file, a digest or a digest's signature sidecar should
 * be, is reported as unreadable with its path and what it is, or as not covered when no digest lists it: never
 * skipped without a word, and never opened (opening a FIFO for reading waits for a writer, so the validation would
 * hang; the timeout turns that into a failure). The FIFOs are made with {@code mkfifo}, which every Linux and macOS
 * has; the test is skipped, saying so, only where it is missing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFileTest {
  @TempDir
  Path dir;

  /** Replaces the file {@code key} with a FIFO of the same name. */
  static void fifo(SyntheticTrail t, String key) throws IOException, InterruptedException {
    Path p = t.path(key);
    Files.deleteIfExists(p);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not on this machine's PATH, so no FIFO can be made: " + e.getMessage());
      return;
    }
    String output = new String(mkfifo.getInputStream().readAllBytes());
    assertThat(mkfifo.waitFor()).as("mkfifo %s: %s", p, output).isZero();
    assertThat(Files.isRegularFile(p) || Files.isDirectory(p)).isFalse();
  }

  static ValidationReport validate(SyntheticTrail t, int threads) throws IOException {
    return TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(threads).build().validate(t.root);
  }

  static LogFileResult log(ValidationReport r, Log l) {
    return r.logFiles().stream().filter(x -> x.key().equals(l.key())).findFirst()
        .orElseThrow(() -> new AssertionError("no result for log " + l.key() + " in " + r.logFiles()));
  }

  static DigestResult digest(ValidationReport r, Digest d) {
    return r.digests().stream().filter(x -> x.key().equals(d.key())).findFirst()
        .orElseThrow(() -> new AssertionError("no result for digest " + d.key() + " in " + r.digests()));
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aFifoWhereADigestListsALogFileIsUnreadableWithItsPath(int threads) throws Exception {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    Log pipe = t.log();
    Log fine = t.log();
    t.saveSignature(t.hour(pipe, fine));
    fifo(t, pipe.key());

    ValidationReport r = validate(t, threads);

    assertThat(log(r, pipe).status()).isEqualTo(UNREADABLE);
    assertThat(log(r, pipe).message())
        .isEqualTo("cannot be read: " + t.path(pipe.key()) + ": not a regular file but a FIFO (named pipe)");
    assertThat(log(r, fine).status()).isEqualTo(VALID);
    assertThat(r.passed()).isFalse();
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aFifoNoDigestListsIsNotCovered(int threads) throws Exception {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    t.saveSignature(t.hour(t.log()));
    Log pipe = t.log(); // named as a log file, listed by no digest
    fifo(t, pipe.key());

    ValidationReport r = validate(t, threads);

    assertThat(log(r, pipe).status()).isEqualTo(NOT_COVERED);
    assertThat(r.logFileCount(VALID)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aFifoInPlaceOfADigestIsUnreadableWithItsPath(int threads) throws Exception {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    Digest first = t.hour(t.log());
    Digest pipe = t.hour(t.log());
    Digest newest = t.hour(t.log());
    t.saveSignature(newest);
    fifo(t, pipe.key());

    ValidationReport r = validate(t, threads);

    assertThat(digest(r, pipe).status()).isEqualTo(UNREADABLE);
    assertThat(digest(r, pipe).message())
        .isEqualTo("cannot be read: " + t.path(pipe.key()) + ": not a regular file but a FIFO (named pipe)");
    assertThat(digest(r, newest).status()).isEqualTo(VALID);
    assertThat(digest(r, first).status()).isNotEqualTo(UNREADABLE);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aFifoAsASignatureSidecarIsNeverOpened(int threads) throws Exception {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    t.hour(t.log());
    Digest newest = t.hour(t.log());
    fifo(t, newest.key() + ".sig");

    ValidationReport r = validate(t, threads);

    assertThat(digest(r, newest).status()).isEqualTo(UNREADABLE);
    assertThat(digest(r, newest).message()).isEqualTo("cannot be read: " + t.path(newest.key() + ".sig")
        + ": not a regular file but a FIFO (named pipe)");
  }
}
