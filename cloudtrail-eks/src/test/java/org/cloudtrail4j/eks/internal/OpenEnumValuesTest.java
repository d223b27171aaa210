package org.cloudtrail4j.eks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudtrail4j.eks.model.ClusterStatus;
import org.cloudtrail4j.model.OpenEnum;
import org.junit.jupiter.api.Test;

/** The lookup every generated open enum delegates to. */
class OpenEnumValuesTest {
  @Test
  void aKnownValueIsTheSharedConstant() {
    assertThat(ClusterStatus.of("ACTIVE")).isSameAs(ClusterStatus.ACTIVE);
    assertThat(ClusterStatus.of("ACTIVE").known()).isEqualTo(ClusterStatus.Known.ACTIVE);
  }

  @Test
  void anUnknownValueIsKeptAsWrittenAndUnrecognized() {
    ClusterStatus hibernating = ClusterStatus.of("HIBERNATING");

    assertThat(hibernating.value()).isEqualTo("HIBERNATING");
    assertThat(hibernating.known()).isEqualTo(ClusterStatus.Known.UNRECOGNIZED);
    assertThat(hibernating).isEqualTo(ClusterStatus.of("HIBERNATING")).isNotSameAs(ClusterStatus.of("HIBERNATING"));
  }

  @Test
  void knownValuesAreTheConstantsInTheirOrderAndCannotBeChanged() {
    assertThat(ClusterStatus.knownValues()).containsExactly(ClusterStatus.CREATING, ClusterStatus.ACTIVE,
        ClusterStatus.DELETING, ClusterStatus.FAILED, ClusterStatus.UPDATING, ClusterStatus.PENDING);
    assertThatThrownBy(() -> ClusterStatus.knownValues().add(ClusterStatus.of("X")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void twoConstantsForOneValueAreRefused() {
    OpenEnumValues<Color, Color.Known> values = new OpenEnumValues<>(Color.Known.class, Color::new);
    values.known("red", Color.Known.RED);

    assertThatThrownBy(() -> values.known("red", Color.Known.RED))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("red");
  }

  /** A made-up open enum, as the generator writes one. */
  static final class Color extends OpenEnum<Color.Known> {
    enum Known { RED, UNRECOGNIZED }

    Color(String value, Known known) {
      super(value, known);
    }
  }
}
