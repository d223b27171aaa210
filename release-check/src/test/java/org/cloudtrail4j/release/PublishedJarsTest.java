package org.cloudtrail4j.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central would get. Every module that is published (a jar module whose pom does not set
 * {@code skipPublishing} to true) is in {@code cloudtrail4j-bom}, and the BOM lists nothing else; each published
 * jar carries {@code META-INF/LICENSE} and {@code META-INF/NOTICE} and no data file (CloudTrail records from the
 * AWS documentation are CC-BY-SA-4.0 and stay in {@code samples/} and the tests). In the release profile the
 * sources and javadoc jars are required and checked too, and so is every other jar a published module attaches
 * (cloudtrail-spark's shaded {@code -all}, cloudtrail-model's {@code -tests}): the release uploads them all.
 */
class PublishedJarsTest {
  private static final Path ROOT = Path.of(System.getProperty("release.root", "..")).normalize();
  private static final String VERSION = System.getProperty("release.version", "0.1.0-SNAPSHOT");
  private static final boolean ATTACHED = Boolean.getBoolean("release.checkAttachedJars");

  @Test
  void theBomListsExactlyThePublishedModules() throws Exception {
    Set<String> published = modules().stream().filter(Module::published).map(Module::artifactId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(bomArtifactIds()))
        .as("cloudtrail4j-bom/pom.xml must list every published module (a jar module without "
            + "<skipPublishing>true</skipPublishing> in its pom's properties), and nothing else")
        .isEqualTo(published);
  }

  @Test
  void everyPublishedJarHasTheLicenceAndNoDataFiles() throws Exception {
    List<String> failures = new ArrayList<>();
    List<Module> published = modules().stream().filter(Module::published).collect(Collectors.toList());
    assertThat(published).isNotEmpty();
    for (Module m : published) {
      List<String> classifiers = ATTACHED ? List.of("", "-sources", "-javadoc") : List.of("");
      Set<Path> jars = new TreeSet<>();
      for (String classifier : classifiers) {
        Path jar = m.dir().resolve("target").resolve(m.artifactId() + "-" + VERSION + classifier + ".jar");
        if (!Files.isRegularFile(jar)) {
          failures.add(jar + ": missing (release-check must stay the last <module> of the root pom)");
        } else {
          jars.add(jar);
        }
      }
      // and every other jar the module attaches (cloudtrail-spark's shaded -all, cloudtrail-model's -tests)
      jars.addAll(attachedJars(m));
      for (Path jar : jars) {
        check(jar, failures);
      }
    }
    assertThat(failures).as("published jars").isEmpty();
  }

  @Test
  void theShadedSparkJarIsCheckedToo() throws Exception {
    Module spark = modules().stream().filter(m -> m.artifactId().equals("cloudtrail-spark")).findFirst()
        .orElseThrow();
    assertThat(attachedJars(spark)).extracting(p -> p.getFileName().toString())
        .contains("cloudtrail-spark-" + VERSION + "-all.jar");
  }

  /** LICENSE and our NOTICE (a shaded jar can silently keep a dependency's instead), and no data. */
  private static void check(Path jar, List<String> failures) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      List<String> entries = Collections.list(f.entries()).stream().map(e -> e.getName())
          .collect(Collectors.toList());
      for (String required : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
        if (!entries.contains(required)) {
          failures.add(ROOT.relativize(jar) + ": no " + required);
        }
      }
      if (entries.contains("META-INF/NOTICE")) {
        String notice = new String(f.getInputStream(f.getEntry("META-INF/NOTICE")).readAllBytes(),
            StandardCharsets.UTF_8);
        if (!notice.startsWith("cloudtrail4j")) {
          failures.add(ROOT.relativize(jar) + ": META-INF/NOTICE is not cloudtrail4j's: "
              + notice.lines().findFirst().orElse(""));
        }
      }
      for (String data : dataEntries(entries)) {
        failures.add(ROOT.relativize(jar) + ": data file " + data);
      }
    }
  }

  /** The module's jars with a classifier, as the build attaches them (named artifactId-version-classifier.jar). */
  private static List<Path> attachedJars(Module m) throws IOException {
    Path target = m.dir().resolve("target");
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    String prefix = m.artifactId() + "-" + VERSION + "-";
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void dataEntriesAreRecognised() {
    assertThat(dataEntries(List.of("org/cloudtrail4j/model/CloudTrailEvent.class", "META-INF/LICENSE",
        "META-INF/services/org.cloudtrail4j.model.spi.CloudTrailMapperProvider", "META-INF/maven/a/b/pom.xml",
        "corpus/eks/CreateCluster.json", "x/1.json.gz", "samples/README.md", "AWSLogs/1/CloudTrail/a.txt",
        "org/cloudtrail4j/parser/ReaderFuzzTestInputs/plain/seed")))
        .containsExactly("corpus/eks/CreateCluster.json", "x/1.json.gz", "samples/README.md",
            "AWSLogs/1/CloudTrail/a.txt", "org/cloudtrail4j/parser/ReaderFuzzTestInputs/plain/seed");
  }

  /** Entries that are log data: JSON, gzip, TSV, or anything under a corpus, samples or log tree folder. */
  static List<String> dataEntries(List<String> entries) {
    List<String> data = new ArrayList<>();
    for (String e : entries) {
      String name = e.toLowerCase(Locale.ROOT);
      if (name.endsWith("/")) {
        continue;
      }
      boolean dataName = name.endsWith(".json") || name.endsWith(".gz") || name.endsWith(".jsonl")
          || name.endsWith(".ndjson") || name.endsWith(".tsv");
      boolean dataFolder = ("/" + name).contains("/corpus/") || ("/" + name).contains("/samples/")
          || ("/" + name).contains("/awslogs/") || name.contains("fuzztestinputs/");
      if (dataName || dataFolder) {
        data.add(e);
      }
    }
    return data;
  }

  private static List<String> bomArtifactIds() throws Exception {
    Document bom = parse(ROOT.resolve("cloudtrail4j-bom/pom.xml"));
    Element management = child(bom.getDocumentElement(), "dependencyManagement");
    List<String> ids = new ArrayList<>();
    NodeList deps = child(management, "dependencies").getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      ids.add(text(child((Element) deps.item(i), "artifactId")));
    }
    return ids;
  }

  /** Every module pom under the root (not the root itself), at most three folders deep. */
  private static List<Module> modules() throws Exception {
    List<Module> modules = new ArrayList<>();
    try (Stream<Path> poms = Files.find(ROOT, 4, (p, a) -> p.getFileName().toString().equals("pom.xml")
        && !p.getParent().equals(ROOT) && !ROOT.relativize(p).toString().matches("(.*/)?(target|src|\\.git)/.*"))) {
      for (Path pom : (Iterable<Path>) poms::iterator) {
        Element project = parse(pom).getDocumentElement();
        Element packaging = child(project, "packaging");
        Element properties = child(project, "properties");
        Element skip = properties == null ? null : child(properties, "skipPublishing");
        boolean jar = packaging == null || text(packaging).equals("jar");
        boolean skipped = skip != null && text(skip).equals("true");
        modules.add(new Module(text(child(project, "artifactId")), pom.getParent(), jar && !skipped));
      }
    }
    return modules;
  }

  private static Document parse(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e.getTextContent().trim();
  }

  /** A module of the build: its artifactId, its folder, and whether it is published. */
  static final class Module {
    private final String artifactId;
    private final Path dir;
    private final boolean published;

    Module(String artifactId, Path dir, boolean published) {
      this.artifactId = artifactId;
      this.dir = dir;
      this.published = published;
    }

    String artifactId() {
      return artifactId;
    }

    Path dir() {
      return dir;
    }

    boolean published() {
      return published;
    }
  }
}
