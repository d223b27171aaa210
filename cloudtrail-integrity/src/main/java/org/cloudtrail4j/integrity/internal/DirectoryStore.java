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
    // toString per file), and its few lines are what the JIT compiles, not the JDK's general tree walker; each entry
    // is read as Files.find reads it (its own attributes, links not followed: a link is listed when it leads to a
    // regular file), and an I/O error while it is consumed is an UncheckedIOException, as from Files.find
    if (Files.isSymbolicLink(start)) {
      return Stream.empty(); // Files.find does not enter a link given as its start (nor any other link to a folder)
    }
    String base = root.relativize(start).toString().replace('\\', '/');
    Walk walk = new Walk(start, base.isEmpty() ? "" : base + "/");
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(walk::close);
  }

  /** Depth first, in each directory's own order, as {@link Files#find} walks. */
  private static final class Walk implements Iterator<String> {
    /** Open directories, innermost first, with the key prefix ({@code ".../"}) of each. */
    private final ArrayDeque<DirectoryStream<Path>> open = new ArrayDeque<>();
    private final ArrayDeque<Iterator<Path>> entries = new ArrayDeque<>();
    private final ArrayDeque<String> prefixes = new ArrayDeque<>();
    private String next;

    Walk(Path start, String prefix) throws IOException {
      enter(start, prefix);
    }

    private void enter(Path directory, String prefix) throws IOException {
      DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
      open.push(stream);
      entries.push(stream.iterator());
      prefixes.push(prefix);
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && !entries.isEmpty()) {
          Iterator<Path> in = entries.peek();
          if (!in.hasNext()) {
            entries.pop();
            prefixes.pop();
            open.pop().close();
            continue;
          }
          Path entry = in.next();
          BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
          String key = prefixes.peek() + entry.getFileName();
          if (attributes.isDirectory()) {
            enter(entry, key + "/");
          } else if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(entry)) {
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
      if (first != null) {
        throw new UncheckedIOException(first);
      }
    }
  }

  @Override
  public InputStream open(String bucket, String key) throws IOException {
    return Files.newInputStream(resolve(key));
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
      readMetadata(json, meta);
    }
    Path sig = file.resolveSibling(file.getFileName() + ".sig");
    if (Files.exists(sig)) {
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
