package org.cloudtrail4j.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudtrail4j.integrity.ValidationStatus.UNREADABLE;
import static org.cloudtrail4j.integrity.ValidationStatus.VALID;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.testing.SyntheticTrail;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Digest;
import org.cloudtrail4j.integrity.testing.SyntheticTrail.Log;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A log file or digest the store may not read (permission denied: a file of another user in a local copy) is
 * reported with its path and the cause in words, as a user reads it in the CLI's output: not with the class name of
 * the exception behind it. Permissions cannot be denied to root, who runs CI here, so the store throws what the JDK
 * throws for a file without read permission.
 */
class UnreadableObjectTest {
  @TempDir
  Path dir;

  /** The directory store, except that opening {@code denied} fails as for a file without read permission. */
  static ObjectStore denying(Path root, String denied) {
    ObjectStore files = ObjectStore.directory(root);
    return new ObjectStore() {
      @Override
      public Stream<String> list(String bucket, String prefix) throws IOException {
        return files.list(bucket, prefix);
      }

      @Override
      public InputStream open(String bucket, String key) throws IOException {
        if (key.equals(denied)) {
          throw new AccessDeniedException(root.resolve(key).toString());
        }
        return files.open(bucket, key);
      }

      @Override
      public Map<String, String> metadata(String bucket, String key) throws IOException {
        return files.metadata(bucket, key);
      }
    };
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aLogFileWithoutReadPermission(int threads) throws IOException {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    Log denied = t.log();
    Log fine = t.log();
    t.saveSignature(t.hour(denied, fine));

    ValidationReport r = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(threads).build()
        .validate(denying(t.root, denied.key()));

    LogFileResult l = r.logFiles().stream().filter(x -> x.key().equals(denied.key())).findFirst().orElseThrow();
    assertThat(l.status()).isEqualTo(UNREADABLE);
    assertThat(l.message()).isEqualTo("cannot be read: " + t.path(denied.key()) + ": permission denied");
    assertThat(r.logFileCount(VALID)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void aDigestWithoutReadPermission(int threads) throws IOException {
    SyntheticTrail t = new SyntheticTrail(dir.resolve("bucket"));
    Digest denied = t.hour(t.log());
    t.saveSignature(t.hour(t.log()));

    ValidationReport r = TrailValidator.builder().publicKeys(SyntheticTrail.keys()).parallelism(threads).build()
        .validate(denying(t.root, denied.key()));

    DigestResult d = r.digests().stream().filter(x -> x.key().equals(denied.key())).findFirst().orElseThrow();
    assertThat(d.status()).isEqualTo(UNREADABLE);
    assertThat(d.message()).isEqualTo("cannot be read: " + t.path(denied.key()) + ": permission denied");
  }
}
