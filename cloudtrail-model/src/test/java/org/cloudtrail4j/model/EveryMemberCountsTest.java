package org.cloudtrail4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CloudTrailEvent}'s equals, hashCode and toString name its members one by one (so that an event read lazily
 * and one built in code share them). Found by reflection, every member of the event, set alone to two different
 * values, must make two events unequal, hash differently and appear in the text: a member added to the class and
 * forgotten there fails here.
 */
class EveryMemberCountsTest {
  /** The members: the abstract accessors, by name. */
  static Stream<String> members() {
    List<String> names = new ArrayList<>();
    for (Method m : CloudTrailEvent.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0 && !m.getName().equals("origin")) {
        names.add(m.getName());
      }
    }
    names.sort(Comparator.naturalOrder());
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("members")
  void eachMemberCountsInEqualityHashAndText(String member) throws Exception {
    CloudTrailEvent a = with(member, 0);
    CloudTrailEvent b = with(member, 1);
    assertThat(a).isNotEqualTo(b);
    assertThat(b).isNotEqualTo(a);
    assertThat(a).isNotEqualTo(CloudTrailEvent.builder().build());
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(a.hashCode()).isNotEqualTo(CloudTrailEvent.builder().build().hashCode());
    assertThat(a.toString()).contains(member + "=");
    assertThat(a).isEqualTo(with(member, 0)).hasSameHashCodeAs(with(member, 0));
  }

  @Test
  void theThirtyFourMembersAreFound() {
    // the reflection above must see the 34 members; a count that changes is a member added or removed
    assertThat(members().count()).isEqualTo(34);
  }

  /** An event with only {@code member} set, to its value number {@code which} (0 or 1). */
  private static CloudTrailEvent with(String member, int which) throws Exception {
    Method accessor = CloudTrailEvent.class.getMethod(member);
    CloudTrailEvent.Builder builder = CloudTrailEvent.builder();
    Type type = accessor.getGenericReturnType();
    if (accessor.getReturnType() == List.class) {
      Resource r = Resource.builder().arn("arn-" + which).build();
      builder.addResources(r);
    } else if (accessor.getReturnType() == Map.class) {
      builder.putUnknownFields("later", JsonValue.parse(Integer.toString(which)));
    } else {
      assertThat(accessor.getReturnType()).isEqualTo(Optional.class);
      Class<?> of = (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
      Object value = value(of, which);
      Method setter = Arrays.stream(CloudTrailEvent.Builder.class.getMethods())
          .filter(m -> m.getName().equals(member) && m.getParameterCount() == 1
              && (m.getParameterTypes()[0] == of || of == Boolean.class && m.getParameterTypes()[0] == boolean.class))
          .findFirst().orElseThrow(() -> new AssertionError("no setter " + member + "(" + of + ")"));
      setter.invoke(builder, value);
    }
    return builder.build();
  }

  private static Object value(Class<?> of, int which) {
    String s = which == 0 ? "a" : "b";
    if (of == String.class) {
      return s;
    }
    if (of == Boolean.class) {
      return which == 0;
    }
    if (of == Instant.class) {
      return Instant.ofEpochSecond(1_000 + which); // not 0: Instant.EPOCH hashes as an absent member does
    }
    if (of == JsonValue.class) {
      return JsonValue.parse(Integer.toString(which + 1));
    }
    if (of == EventType.class) {
      return EventType.of(s);
    }
    if (of == EventCategory.class) {
      return EventCategory.of(s);
    }
    if (of == UserIdentity.class) {
      return UserIdentity.builder().type("IAMUser").arn(s).build();
    }
    if (of == Addendum.class) {
      return Addendum.builder().reason(s).build();
    }
    if (of == EdgeDeviceDetails.class) {
      return EdgeDeviceDetails.builder().type(s).build();
    }
    if (of == TlsDetails.class) {
      return TlsDetails.builder().tlsVersion(s).build();
    }
    if (of == InsightDetails.class) {
      return InsightDetails.builder().state(s).build();
    }
    throw new AssertionError("no values for " + of);
  }
}
