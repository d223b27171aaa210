package org.cloudtrail4j.integrity.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cloudtrail4j.integrity.ObjectStore;

/** A bucket copied to a directory: key {@code k} is {@code root/k}; digest metadata comes from sidecar files. */
public final class DirectoryStore implements ObjectStore {
  private static final JsonFactory JSON = new JsonFactory();
  private final Path root;

  /**
   * A store over the directory {@code root}, which may be a symbolic link to it. A key is resolved against it by name
   * and may not leave it with {@code ..}; symbolic links in it are followed wherever they lead.
   *
   * @param root the directory that holds {@code [prefix/]AWSLogs/}
   */
  public DirectoryStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Stream<String> list(String bucket, String prefix) throws IOException {
    Path start = prefix.isEmpty() ? root : resolve(prefix);
    if (!Files.isDirectory(start)) {
      if (Files.isDirectory(root)) {
        return Stream.empty();
      }
      throw new NoSuchFileException(root.toString(), null, "not a directory");
    }
    // a walk of our own rather than Files.find: keys are built as the names are read (no Path.relativize and
    // toString per file), and its few lines are what the JIT compiles, not the JDK's general tree walker; links are
    // followed as CloudTrailReader follows them (a link given as the root or met in the tree is entered or listed as
    // what it leads to), a folder that leads back to one the walk is in is an error naming both, and an I/O error
    // while the keys are consumed is an UncheckedIOException, as from Files.find
    String base = root.relativize(start).toString().replace('\\', '/');
    Walk walk = new Walk(start, base.isEmpty() ? "" : base + "/");
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(walk::close);
  }

  /** Depth first, in each directory's own order, as {@link Files#find} walks. */
  private static final class Walk implements Iterator<String> {
    /** Open directories, innermost first, with the key prefix ({@code ".../"}) and the identity of each. */
    private final ArrayDeque<DirectoryStream<Path>> open = new ArrayDeque<>();
    private final ArrayDeque<Iterator<Path>> entries = new ArrayDeque<>();
    private final ArrayDeque<String> prefixes = new ArrayDeque<>();
    private final ArrayDeque<Folder> folders = new ArrayDeque<>();
    private String next;

    Walk(Path start, String prefix) throws IOException {
      enter(start, prefix, Files.readAttributes(start, BasicFileAttributes.class).fileKey());
    }

    private void enter(Path directory, String prefix, Object fileKey) throws IOException {
      DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
      open.push(stream);
      entries.push(stream.iterator());
      prefixes.push(prefix);
      folders.push(new Folder(directory, fileKey));
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && !entries.isEmpty()) {
          Iterator<Path> in = entries.peek();
          if (!in.hasNext()) {
            entries.pop();
            prefixes.pop();
            folders.pop();
            open.pop().close();
            continue;
          }
          Path entry = in.next();
          BasicFileAttributes attributes = attributes(entry);
          String key = prefixes.peek() + entry.getFileName();
          if (attributes == null) {
            next = key; // a broken link: listed, so that it is reported (not found, unreadable or not covered)
          } else if (attributes.isDirectory()) {
            Object fileKey = attributes.fileKey();
            Path ancestor = ancestor(entry, fileKey);
            if (ancestor != null) {
              throw new FileSystemException(entry.toString(), null,
                  "symbolic link loop: leads back to " + ancestor + ", a folder it is in");
            }
            enter(entry, key + "/", fileKey);
          } else {
            // a regular file, or anything else that is not a folder (a FIFO, a device, a socket): listed, so that a
            // key in CloudTrail's layout is reported (unreadable: open refuses to open it, or not covered), never
            // skipped without a word
            next = key;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DirectoryIteratorException e) {
        throw new UncheckedIOException(e.getCause());
      }
      return next != null;
    }

    /** What {@code entry} is, links followed; null for a link that leads nowhere (its target missing, or a loop). */
    private static BasicFileAttributes attributes(Path entry) throws IOException {
      try {
        return Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (IOException followed) {
        BasicFileAttributes link;
        try {
          link = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          throw followed;
        }
        if (link.isSymbolicLink()) {
          return null;
        }
        throw followed;
      }
    }

    /** The open folder that {@code directory} is, if any: then entering it would walk for ever. */
    private Path ancestor(Path directory, Object fileKey) throws IOException {
      for (Folder f : folders) {
        if (fileKey != null && f.fileKey != null ? fileKey.equals(f.fileKey) : Files.isSameFile(directory, f.path)) {
          return f.path;
        }
      }
      return null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String key = next;
      next = null;
      return key;
    }

    void close() {
      IOException first = null;
      while (!open.isEmpty()) {
        try {
          open.pop().close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      entries.clear();
      prefixes.clear();
      folders.clear();
      if (first != null) {
        throw new UncheckedIOException(first);
      }
    }
  }

  /** A folder the walk is in: its path and its file system identity ({@code null} where there is none). */
  private static final class Folder {
    final Path path;
    final Object fileKey;

    Folder(Path path, Object fileKey) {
      this.path = path;
      this.fileKey = fileKey;
    }
  }

  @Override
  public InputStream open(String bucket, String key) throws IOException {
    Path file = resolve(key);
    requireRegularFile(file);
    return Files.newInputStream(file);
  }

  /**
   * Fails unless {@code file} (links followed) is a regular file: opening a FIFO waits until something writes to it,
   * possibly for ever, and a device or a socket is not a stored object either, so they are refused before any open,
   * with a reason that says what they are. (What is checked is what the path is at that moment: a regular file
   * replaced by a FIFO between this check and the open is not caught.)
   */
  private static void requireRegularFile(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new FileSystemException(file.toString(), null, "not a regular file but " + kind(file, a));
    }
  }

  /** What a file that is not a regular one is, in words. */
  static String kind(Path file, BasicFileAttributes a) {
    if (a.isDirectory()) {
      return "a folder";
    }
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | IOException e) {
      return "a special file";
    }
    switch (mode & 0170000) {
      case 0010000:
        return "a FIFO (named pipe)";
      case 0020000:
        return "a character device";
      case 0060000:
        return "a block device";
      case 0140000:
        return "a socket";
      default:
        return "a special file";
    }
  }

  @Override
  public Map<String, String> metadata(String bucket, String key) throws IOException {
    Path file = resolve(key);
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    Map<String, String> meta = new HashMap<>();
    Path json = file.resolveSibling(file.getFileName() + ".metadata.json");
    if (Files.exists(json)) {
      requireRegularFile(json);
      readMetadata(json, meta);
    }
    Path sig = file.resolveSibling(file.getFileName() + ".sig");
    if (Files.exists(sig)) {
      requireRegularFile(sig);
      meta.put("signature", Files.readString(sig, StandardCharsets.US_ASCII).strip());
    }
    return meta;
  }

  /** Reads {@code aws s3api head-object} output ({@code Metadata} object) or a plain object of strings. */
  private static void readMetadata(Path json, Map<String, String> meta) throws IOException {
    try (JsonParser p = JSON.createParser(json.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(json + ": not a JSON object");
      }
      Map<String, String> top = new HashMap<>();
      boolean nested = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("Metadata") && t == JsonToken.START_OBJECT) {
          nested = true;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
              meta.put(k, p.getText());
            } else {
              p.skipChildren();
            }
          }
        } else if (t == JsonToken.VALUE_STRING) {
          top.put(name, p.getText());
        } else {
          p.skipChildren();
        }
      }
      if (!nested) {
        meta.putAll(top);
      }
    }
  }

  private Path resolve(String key) throws IOException {
    Path p = root.resolve(key).normalize();
    if (!p.startsWith(root)) {
      throw new IOException("key " + key + " points outside " + root);
    }
    return p;
  }

  @Override
  public String toString() {
    return "ObjectStore.directory(" + root + ")";
  }
}
