package org.cloudtrail4j.model.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EventOrigin;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudTrailMappersTest {
  record Widget(String name) {}

  record Call(String name) {}

  /** A provider the tests list in a services file. */
  public static final class GoodProvider implements CloudTrailMapperProvider {
    @Override
    public List<CloudTrailEventMapper<?>> mappers() {
      return List.of(CloudTrailEventMapper.of(Call.class, EventKey.anyOf("widgets"), e -> new Call("any")));
    }
  }

  /** A provider whose mappers() throws. */
  public static final class ThrowingProvider implements CloudTrailMapperProvider {
    @Override
    public List<CloudTrailEventMapper<?>> mappers() {
      throw new IllegalStateException("misconfigured");
    }
  }

  static CloudTrailEvent event(String source, String name) {
    return CloudTrailEvent.builder().eventSource(source).eventName(name).build();
  }

  static ClassLoader loaderWithServices(Path dir, String... lines) throws IOException {
    Path file = dir.resolve("META-INF/services/" + CloudTrailMapperProvider.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, CloudTrailMappersTest.class.getClassLoader());
  }

  @Test
  void anExactKeyWinsOverASourceWideKeyAndTheSourceWideKeyTakesTheRest() {
    CloudTrailMappers mappers = CloudTrailMappers.none().with(
        CloudTrailEventMapper.of(Call.class, EventKey.anyOf("widgets"), e -> new Call("any " + e.eventName().get())),
        CloudTrailEventMapper.of(Call.class, EventKey.of("widgets", "CreateWidget"), e -> new Call("create")));

    assertThat(mappers.as(event("widgets.amazonaws.com", "CreateWidget"), Call.class)).contains(new Call("create"));
    assertThat(mappers.as(event("widgets.amazonaws.com", "NewerThanUs"), Call.class))
        .contains(new Call("any NewerThanUs"));
    assertThat(mappers.as(event("other.amazonaws.com", "CreateWidget"), Call.class)).isEmpty();
  }

  @Test
  void aMapperThatDeclinesLetsTheNextOneTry() {
    CloudTrailMappers mappers = CloudTrailMappers.none().with(
        CloudTrailEventMapper.of(Call.class, EventKey.of("widgets", "CreateWidget"), e -> null),
        CloudTrailEventMapper.of(Call.class, EventKey.anyOf("widgets"), e -> new Call("fallback")));
    assertThat(mappers.as(event("widgets.amazonaws.com", "CreateWidget"), Call.class)).contains(new Call("fallback"));
  }

  @Test
  void mappersAddedWithWithComeFirst() {
    CloudTrailMappers base = CloudTrailMappers.none()
        .with(CloudTrailEventMapper.of(Call.class, EventKey.of("widgets", "A"), e -> new Call("base")));
    CloudTrailMappers mine = base
        .with(CloudTrailEventMapper.of(Call.class, EventKey.of("widgets", "A"), e -> new Call("mine")));
    assertThat(mine.as(event("widgets.amazonaws.com", "A"), Call.class)).contains(new Call("mine"));
    assertThat(base.as(event("widgets.amazonaws.com", "A"), Call.class)).contains(new Call("base"));
  }

  @Test
  void aTypeNoMapperProducesIsAnErrorNamingItAndWhatIsRegistered() {
    CloudTrailMappers mappers = CloudTrailMappers.none()
        .with(CloudTrailEventMapper.of(Call.class, EventKey.anyOf("widgets"), e -> new Call("x")));
    assertThat(mappers.canProduce(Call.class)).isTrue();
    assertThat(mappers.canProduce(Record.class)).isTrue();
    assertThat(mappers.canProduce(Widget.class)).isFalse();
    assertThatThrownBy(() -> mappers.as(event("widgets.amazonaws.com", "A"), Widget.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no mapper produces " + Widget.class.getName())
        .hasMessageContaining("1 registered mappers produce " + Call.class.getName());
  }

  @Test
  void aThrowingMapperBecomesAMappingExceptionWithTheOrigin() {
    CloudTrailMappers mappers = CloudTrailMappers.none().with(CloudTrailEventMapper.of(Widget.class,
        EventKey.of("widgets", "A"), e -> e.requestParameters().orElseThrow().get("name").asString().map(Widget::new)
            .orElseThrow()));
    CloudTrailEvent e = event("widgets.amazonaws.com", "A").toBuilder().mappers(mappers)
        .requestParameters(JsonValue.parse("{}")).origin(EventOrigin.of("trail.json", 120, 3)).build();
    assertThatThrownBy(() -> e.as(Widget.class)).isInstanceOf(MappingException.class)
        .hasMessageContaining("trail.json @ byte 120, record 3")
        .hasCauseInstanceOf(java.util.NoSuchElementException.class)
        .satisfies(x -> assertThat(((MappingException) x).origin()).contains(EventOrigin.of("trail.json", 120, 3)));
  }

  @Test
  void aBrokenProviderLineIsSkippedNamedAndLoggedAndTheOthersLoad(@TempDir Path dir) throws IOException {
    List<LogRecord> logged = new ArrayList<>();
    Logger log = Logger.getLogger(CloudTrailMappers.class.getName());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(handler);
    try {
      ClassLoader loader = loaderWithServices(dir, "# providers", "com.example.NoSuchProvider",
          GoodProvider.class.getName(), ThrowingProvider.class.getName());
      CloudTrailMappers mappers = CloudTrailMappers.load(loader);

      assertThat(mappers.as(event("widgets.amazonaws.com", "X"), Call.class)).contains(new Call("any"));
      assertThat(mappers.loadProblems()).hasSize(2);
      assertThat(mappers.loadProblems().get(0)).contains("com.example.NoSuchProvider")
          .contains("META-INF/services/" + CloudTrailMapperProvider.class.getName() + " line 2");
      assertThat(mappers.loadProblems().get(1)).contains(ThrowingProvider.class.getName())
          .contains("misconfigured");
      assertThat(logged).extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
      assertThat(logged).extracting(LogRecord::getMessage).containsExactlyElementsOf(mappers.loadProblems());
    } finally {
      log.removeHandler(handler);
    }
  }

  @Test
  void aServicesFileWithABadLineSpoilsNeitherTheDefaultsNorOtherFiles(@TempDir Path dir) throws IOException {
    ClassLoader loader = loaderWithServices(dir, "not a class name!", GoodProvider.class.getName());
    CloudTrailMappers mappers = CloudTrailMappers.load(loader);
    assertThat(mappers.loadProblems()).singleElement().asString().contains("not a class name!");
    assertThat(CloudTrailMappers.defaults().loadProblems()).isEmpty();
  }

  @Test
  void aMapperNeedsAtLeastOneKey() {
    assertThatThrownBy(() -> CloudTrailEventMapper.of(Call.class, Set.of(), e -> new Call("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventKeysReadTheShortFormOfASource() {
    assertThat(EventKey.of("eks", "CreateCluster")).isEqualTo(EventKey.of("eks.amazonaws.com", "CreateCluster"));
    assertThat(EventKey.anyOf("eks").toString()).isEqualTo("eks.amazonaws.com *");
    assertThatThrownBy(() -> EventKey.anyOf("CreateCluster")).isInstanceOf(IllegalArgumentException.class);
  }
}
