package org.cloudtrail4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.identity.UserIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cloudtrail eks}: the clusters' lifecycle and what EKS's service-linked roles did. */
@Command(name = "eks",
    header = "Audits EKS: the cluster lifecycle and the service-linked roles' activity.",
    description = {
        "The cluster lifecycle: every EKS call that changed a cluster or what belongs to it (CreateCluster, "
            + "UpdateClusterConfig, UpdateClusterVersion, DeleteCluster, nodegroups, Fargate profiles, add-ons, "
            + "access entries, identity providers, tags) in time order, with when, the account, region and "
            + "cluster, who made it, and the error code of a failed call.",
        "",
        "The service-linked-role activity: the calls EKS's service-linked roles (AWSServiceRoleForAmazonEKS, "
            + "AWSServiceRoleForAmazonEKSNodegroup, ...) made in any service, counted by role and operation.",
        "",
        "Only the lifecycle rows are kept in memory, never the records."
    })
final class EksCommand implements Callable<Integer> {
  @ParentCommand
  private CloudTrailCli cli;

  @Mixin
  private InputOptions input;

  @Mixin
  private FilterOptions filters;

  @Option(names = "--json", description = "Print one JSON object instead of the text report.")
  private boolean json;

  /** One row of the lifecycle timeline. */
  private static final class Change {
    final Instant time;
    final String account;
    final String region;
    final String cluster;
    final String operation;
    final String resource;
    final String identity;
    final String identityArn;
    final String errorCode;

    Change(EksEvent eks) {
      CloudTrailEvent e = eks.event();
      time = e.eventTime().orElse(null);
      account = e.recipientAccountId().orElse("-");
      region = e.awsRegion().orElse("-");
      cluster = eks.clusterName().orElse("-");
      operation = eks.operation().value();
      resource = EksActivity.resource(eks).orElse("-");
      identity = IdentityLabels.label(e.userIdentity());
      identityArn = e.userIdentity().flatMap(UserIdentity::arn).orElse(null);
      errorCode = e.errorCode().orElse(null);
    }
  }

  @Override
  public Integer call() {
    LogRead read = new LogRead(input, filters, cli.err());
    List<Change> changes = new ArrayList<>();
    Map<String, Tally> roles = new HashMap<>();
    read.run(event -> {
      EksActivity.eksEvent(event, read).filter(EksActivity::isClusterChange)
          .ifPresent(eks -> changes.add(new Change(eks)));
      EksActivity.serviceLinkedRole(event).ifPresent(role -> roles.computeIfAbsent(role, r -> new Tally())
          .add(event.eventSource().orElse("-") + ' ' + event.eventName().orElse("-")));
    });
    // records come in path order; a stable sort keeps that order among equal times, and undated ones go last
    changes.sort(Comparator.comparing((Change c) -> c.time, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Map.Entry<String, Tally>> byRole = new ArrayList<>(roles.entrySet());
    byRole.sort(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().total()).reversed()
        .thenComparing(Map.Entry::getKey));
    Output out = cli.out();
    if (json) {
      writeJson(changes, byRole, out.writer());
    } else {
      out.print(text(changes, byRole));
    }
    out.flush();
    return read.finish();
  }

  private static String text(List<Change> changes, List<Map.Entry<String, Tally>> byRole) {
    StringBuilder s = new StringBuilder(4096);
    s.append("EKS cluster lifecycle (").append(changes.size()).append(changes.size() == 1 ? " change" : " changes")
        .append(")\n");
    if (changes.isEmpty()) {
      s.append("  (none)\n");
    } else {
      Columns table = new Columns("TIME", "ACCOUNT", "REGION", "CLUSTER", "OPERATION", "RESOURCE", "IDENTITY",
          "ERROR");
      for (Change c : changes) {
        table.add(c.time == null ? "-" : c.time.toString(), c.account, c.region, c.cluster, c.operation, c.resource,
            c.identity, c.errorCode == null ? "-" : c.errorCode);
      }
      table.appendTo(s, "  ");
    }
    long total = byRole.stream().mapToLong(e -> e.getValue().total()).sum();
    s.append("\nEKS service-linked-role activity (").append(total).append(total == 1 ? " record" : " records")
        .append(")\n");
    if (byRole.isEmpty()) {
      s.append("  (none)\n");
    }
    for (Map.Entry<String, Tally> role : byRole) {
      s.append("  ").append(role.getKey()).append("  ").append(role.getValue().total()).append('\n');
      List<Tally.Entry> ops = role.getValue().top(0);
      int width = Long.toString(ops.get(0).count).length();
      for (Tally.Entry op : ops) {
        String count = Long.toString(op.count);
        s.append("    ").append(" ".repeat(width - count.length())).append(count).append("  ").append(op.key)
            .append('\n');
      }
    }
    return s.toString();
  }

  private static void writeJson(List<Change> changes, List<Map.Entry<String, Tally>> byRole, Writer writer) {
    try (JsonGenerator g = new JsonFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("clusterLifecycle");
      for (Change c : changes) {
        g.writeStartObject();
        stringOrNull(g, "eventTime", c.time == null ? null : c.time.toString());
        g.writeStringField("recipientAccountId", c.account);
        g.writeStringField("awsRegion", c.region);
        g.writeStringField("cluster", c.cluster);
        g.writeStringField("eventName", c.operation);
        stringOrNull(g, "resource", "-".equals(c.resource) ? null : c.resource);
        g.writeStringField("identity", c.identity);
        stringOrNull(g, "identityArn", c.identityArn);
        stringOrNull(g, "errorCode", c.errorCode);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("serviceLinkedRoles");
      for (Map.Entry<String, Tally> role : byRole) {
        g.writeStartObject();
        g.writeStringField("role", role.getKey());
        g.writeNumberField("records", role.getValue().total());
        g.writeArrayFieldStart("operations");
        for (Tally.Entry op : role.getValue().top(0)) {
          int space = op.key.indexOf(' ');
          g.writeStartObject();
          g.writeStringField("eventSource", op.key.substring(0, space));
          g.writeStringField("eventName", op.key.substring(space + 1));
          g.writeNumberField("count", op.count);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stringOrNull(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}
