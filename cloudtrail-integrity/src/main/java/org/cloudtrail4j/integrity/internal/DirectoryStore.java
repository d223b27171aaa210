package org.cloudtrail4j.integrity.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
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
    // the walk's own attributes, not a second stat per file; a link is followed, as Files.isRegularFile does
    Stream<Path> files = Files.find(start, Integer.MAX_VALUE,
        (p, attributes) -> attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p));
    return files.map(p -> root.relativize(p).toString().replace('\\', '/')).onClose(files::close);
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
