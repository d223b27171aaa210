package org.cloudtrail4j.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudtrail4j.integrity.internal.DirectoryStore;

/**
 * Where the validator reads digests and log files: a local copy of a trail's bucket ({@link #directory(Path)}), or
 * S3 itself through an implementation in another module. Implementations must be safe for concurrent use: log files
 * are read from several threads.
 *
 * @since 0.1.0
 */
public interface ObjectStore {
  /**
   * The keys under a prefix, in any order. The validator keeps those in CloudTrail's layout and ignores the rest.
   * The stream may be lazy (paged); an I/O error while it is consumed is an {@link java.io.UncheckedIOException}.
   *
   * @param bucket the bucket
   * @param prefix the key prefix ({@code ""} for the whole bucket)
   * @return the keys; the caller closes the stream
   * @throws IOException if the listing cannot start
   */
  Stream<String> list(String bucket, String prefix) throws IOException;

  /**
   * The keys under a prefix that a validation of a time range reads: as {@link #list(String, String)}, except that
   * the store may leave out keys in CloudTrail's layout whose day folder ({@code YYYY/MM/DD}, UTC) is wholly outside
   * {@code [from, until]}, and keys outside CloudTrail's log and digest folders, which the validator does not read.
   * So a store over S3 need not list years of a trail to validate one day of it. The default lists everything.
   *
   * <p>The validator asks for {@code [from, until + 1 h]} when {@link TrailValidator.Builder#between} is set (a
   * digest delivered just after {@code until} may list files of the range) and uses only the keys in that range.
   *
   * @param bucket the bucket
   * @param prefix the key prefix ({@code ""} for the whole bucket)
   * @param from the earliest time the validation reads
   * @param until the latest time the validation reads
   * @return the keys, at least those in the range; the caller closes the stream
   * @throws IOException if the listing cannot start
   */
  default Stream<String> list(String bucket, String prefix, Instant from, Instant until) throws IOException {
    return list(bucket, prefix);
  }

  /**
   * Opens an object's bytes as stored (gzip for CloudTrail's files; the validator inflates them itself).
   *
   * @param bucket the bucket
   * @param key the key
   * @return the object's bytes; the caller closes the stream
   * @throws NoSuchFileException if there is no such object (S3 {@code NoSuchKey})
   * @throws IOException if the object exists but cannot be read
   */
  InputStream open(String bucket, String key) throws IOException;

  /**
   * An object's user metadata: for a digest, {@code signature} (hex) and {@code signature-algorithm}, and
   * {@code backfill-generation-timestamp} for a backfill digest. Names are looked up without regard to case.
   *
   * @param bucket the bucket
   * @param key the key
   * @return the metadata, empty when the store has none for the object
   * @throws NoSuchFileException if there is no such object
   * @throws IOException if the metadata cannot be read
   */
  Map<String, String> metadata(String bucket, String key) throws IOException;

  /**
   * A local directory holding a copy of a bucket: the object with key {@code k} is the file {@code root/k}, whatever
   * the bucket. A digest's S3 metadata, which a file cannot carry, is read from a sidecar file next to it when one
   * exists: {@code <digest>.sig} holding the hex signature (the {@code x-amz-meta-signature} value), or
   * {@code <digest>.metadata.json} holding the output of {@code aws s3api head-object} (its {@code Metadata} object)
   * or a plain JSON object of the metadata. Symbolic links are followed as {@link TrailValidator#validate(Path)} says.
   * Whatever is not a folder is listed, a FIFO, a device or a socket too, but only regular files are opened: reading
   * anything else fails with an {@link IOException} that says what it is (a FIFO would wait for a writer).
   *
   * @param root the directory that holds {@code [prefix/]AWSLogs/}
   * @return a store over the directory
   */
  static ObjectStore directory(Path root) {
    return new DirectoryStore(root);
  }
}
