package org.cloudtrail4j.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.IdentityType;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.parser.EventFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which records to keep. All but {@code --identity-type} are pushed down into the reader, which then skips a rejected
 * record before decoding it; all count as "filtered out". Options combine with AND; the values of one option with OR.
 */
final class FilterOptions {
  private static final String SERVICE_DOMAIN = ".amazonaws.com";

  /** The members {@link #accepts} reads: a read that decodes only some members decodes these too. */
  static final List<String> DECODED_MEMBERS = List.of("userIdentity");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--source", split = ",", paramLabel = "SERVICE",
      description = "Only records of these eventSources: kms.amazonaws.com, or just kms.")
  List<String> sources = List.of();

  @Option(names = "--name", split = ",", paramLabel = "OPERATION",
      description = "Only records with these eventNames, e.g. CreateCluster,DeleteCluster.")
  List<String> names = List.of();

  @Option(names = "--since", paramLabel = "TIME", converter = TimeArgument.class,
      description = "Only records at or after TIME: 2024-01-31, 2024-01-31T12:00:00Z (UTC when no offset), "
          + "or a duration back from now: 30m, 12h, 7d, 2w.")
  Instant since;

  @Option(names = "--until", paramLabel = "TIME", converter = TimeArgument.class,
      description = "Only records before TIME (exclusive), in the same forms as --since.")
  Instant until;

  @Option(names = "--account", split = ",", paramLabel = "ACCOUNT",
      description = "Only records delivered to these accounts (recipientAccountId).")
  List<String> accounts = List.of();

  @Option(names = "--region", split = ",", paramLabel = "REGION", description = "Only records of these awsRegions.")
  List<String> regions = List.of();

  @Option(names = "--identity-type", split = ",", paramLabel = "TYPE",
      description = "Only records whose userIdentity.type is one of these, e.g. Root,IAMUser,AssumedRole,AWSService "
          + "(any case).")
  List<String> identityTypes = List.of();

  private Set<String> identityTypeSet;

  /** The filter to push down into the reader, or empty when the options select every record. */
  Optional<EventFilter> pushDown() {
    if (since != null && until != null && !since.isBefore(until)) {
      throw new ParameterException(spec.commandLine(),
          "--since " + since + " is not before --until " + until + ": no record could match");
    }
    EventFilter filter = null;
    if (!sources.isEmpty()) {
      filter = and(filter, EventFilter.eventSource(sources.stream().map(FilterOptions::serviceName)
          .toArray(String[]::new)));
    }
    if (!names.isEmpty()) {
      Set<String> set = Set.copyOf(names);
      filter = and(filter, EventFilter.of(h -> h.eventName().map(set::contains).orElse(false)));
    }
    if (since != null && until != null) {
      filter = and(filter, EventFilter.eventTimeBetween(since, until));
    } else if (since != null) {
      filter = and(filter, EventFilter.eventTimeFrom(since));
    } else if (until != null) {
      filter = and(filter, EventFilter.eventTimeBefore(until));
    }
    if (!accounts.isEmpty()) {
      filter = and(filter, EventFilter.recipientAccountId(accounts.toArray(String[]::new)));
    }
    if (!regions.isEmpty()) {
      filter = and(filter, EventFilter.awsRegion(regions.toArray(String[]::new)));
    }
    return Optional.ofNullable(filter);
  }

  /** Whether {@code event} passes the options the reader cannot apply before decoding. */
  boolean accepts(CloudTrailEvent event) {
    if (identityTypes.isEmpty()) {
      return true;
    }
    if (identityTypeSet == null) {
      identityTypeSet = identityTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
    return event.userIdentity().flatMap(UserIdentity::type).map(IdentityType::value)
        .map(t -> identityTypeSet.contains(t.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** {@code kms} is short for {@code kms.amazonaws.com}. */
  static String serviceName(String source) {
    return source.indexOf('.') < 0 ? source + SERVICE_DOMAIN : source;
  }

  private static EventFilter and(EventFilter left, EventFilter right) {
    return left == null ? right : left.and(right);
  }
}
