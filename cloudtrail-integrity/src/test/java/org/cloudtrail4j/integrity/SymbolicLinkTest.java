package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local trail is read through symbolic links as {@code CloudTrailReader} reads one: a trail directory given as a
 * link, or with folders that are links, validates as the real tree does; a link that leads back to a folder it is in
 * is an error naming it, not an endless walk and not a silent skip.
 */
class SymbolicLinkTest {
  @TempDir
  Path dir;

  SyntheticTrail trail;
  ValidationReport real;

  @BeforeEach
  void trailWithAChangedAndAnUncoveredLog() throws IOException {
    trail = new SyntheticTrail(dir.resolve("bucket"));
    for (int i = 0; i < 4; i++) {
      trail.hour(trail.log(), trail.log());
    }
    trail.log(); // no digest lists it
    Log changed = trail.log();
    trail.saveSignature(trail.hour(changed, trail.log()));
    trail.rewrite(changed.key(), s -> s.replace("eventID", "eventId"));
    real = validator().validate(trail.root);
    assertThat(real.logFileCount(ValidationStatus.VALID)).isEqualTo(9);
    assertThat(real.logFileCount(ValidationStatus.HASH_MISMATCH)).isEqualTo(1);
    assertThat(real.logFileCount(ValidationStatus.NOT_COVERED)).isEqualTo(1);
  }

  static TrailValidator validator() {
    return TrailValidator.builder().publicKeys(SyntheticTrail.keys()).build();
  }

  static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      throw new AssertionError("this test needs symbolic links", e);
    }
  }

  static void assertSameReport(ValidationReport actual, ValidationReport expected) {
    assertThat(actual.digests()).isEqualTo(expected.digests());
    assertThat(actual.logFiles()).isEqualTo(expected.logFiles());
    assertThat(actual.uncoveredWindows()).isEqualTo(expected.uncoveredWindows());
  }

  @Test
  void aTrailDirectoryGivenAsALinkValidatesAsItsRealPath() throws IOException {
    Path link = dir.resolve("bucket-link");
    link(link, trail.root);

    assertSameReport(validator().validate(link), real);
  }

  @Test
  void aFolderLinkInsideTheTreeIsEntered() throws IOException {
    // the account's log files moved elsewhere, a link in their place (as when a disk holds part of a copy)
    Path logs = trail.root.resolve(trail.accountRoot()).resolve("CloudTrail");
    Path moved = Files.move(logs, dir.resolve("other-disk"));
    link(logs, moved);

    assertSameReport(validator().validate(trail.root), real);
  }

  @Test
  void aLinkLoopIsAnErrorNamingTheLink() throws IOException {
    Path region = trail.root.resolve(trail.accountRoot()).resolve("CloudTrail").resolve(trail.region);
    Path loop = region.resolve("loop");
    link(loop, trail.root.resolve("AWSLogs"));

    assertThatThrownBy(() -> validator().validate(trail.root)).isInstanceOf(FileSystemException.class)
        .hasMessage(loop.toAbsolutePath() + ": symbolic link loop: leads back to "
            + trail.root.resolve("AWSLogs").toAbsolutePath() + ", a folder it is in");
  }

  @Test
  void aBrokenLinkNamedAsALogFileIsReportedNotSkipped() throws IOException {
    Log listed = trail.log();
    Log unlisted = trail.log();
    trail.saveSignature(trail.hour(listed));
    for (Log l : new Log[] {listed, unlisted}) {
      Path file = trail.root.resolve(l.key());
      Files.delete(file);
      link(file, dir.resolve("missing"));
    }

    ValidationReport r = validator().validate(trail.root);

    assertThat(r.logFiles()).filteredOn(f -> f.key().equals(listed.key())).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(ValidationStatus.NOT_FOUND));
    assertThat(r.logFiles()).filteredOn(f -> f.key().equals(unlisted.key())).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(ValidationStatus.NOT_COVERED));
  }
}
