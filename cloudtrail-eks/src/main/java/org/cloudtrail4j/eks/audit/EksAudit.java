package org.cloudtrail4j.eks.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cloudtrail4j.eks.AssociateAccessPolicyEvent;
import org.cloudtrail4j.eks.CreateAccessEntryEvent;
import org.cloudtrail4j.eks.CreateClusterEvent;
import org.cloudtrail4j.eks.DeleteClusterEvent;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.eks.UpdateAccessEntryEvent;
import org.cloudtrail4j.eks.UpdateClusterConfigEvent;
import org.cloudtrail4j.eks.internal.Members;
import org.cloudtrail4j.eks.model.AssociateAccessPolicyRequest;
import org.cloudtrail4j.eks.model.Cluster;
import org.cloudtrail4j.eks.model.CreateAccessEntryRequest;
import org.cloudtrail4j.eks.model.LogSetup;
import org.cloudtrail4j.eks.model.LogType;
import org.cloudtrail4j.eks.model.Logging;
import org.cloudtrail4j.eks.model.Update;
import org.cloudtrail4j.eks.model.UpdateAccessEntryRequest;
import org.cloudtrail4j.eks.model.UpdateParam;
import org.cloudtrail4j.eks.model.UpdateParamType;
import org.cloudtrail4j.eks.model.VpcConfig;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.json.JsonValue;
import org.cloudtrail4j.model.json.JsonValueException;

/**
 * Answers to the questions users ask of EKS audit trails, as small predicates and extractors over {@link EksEvent}s
 * that compose with streams and with {@link EksServiceLinkedRoles}:
 *
 * <pre>{@code
 * Stream<EksEvent> eks = events.flatMap(CloudTrailEvent.typed(EksEvent.class)); // one stream per question below
 * // who created or deleted which cluster
 * eks.filter(EksAudit.createsOrDeletesCluster().and(EksAudit.succeeded()))
 *     .map(e -> e.event().principal() + " " + e.operation() + " " + e.clusterName().orElse("?"));
 * // which changes opened the API endpoint to the internet
 * eks.filter(EksAudit.opensEndpointToTheInternet());
 * // which disabled control-plane logging
 * eks.filter(EksAudit.disablesControlPlaneLogging());
 * // who granted cluster-admin through access entries
 * eks.flatMap(e -> EksAudit.accessGrant(e).stream()).filter(AccessGrant::clusterAdmin);
 * }</pre>
 *
 * <p>The predicates look at what a call asked for and do not check that it succeeded: an attempt is often as
 * interesting as a change. Combine them with {@link #succeeded()} to keep only changes that happened. All methods are
 * stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class EksAudit {
  private EksAudit() {}

  /**
   * Calls that succeeded (no {@code errorCode}).
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> succeeded() {
    return EksEvent::succeeded;
  }

  /**
   * {@code CreateCluster} and {@code DeleteCluster} calls.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> createsOrDeletesCluster() {
    return e -> e instanceof CreateClusterEvent || e instanceof DeleteClusterEvent;
  }

  /**
   * Who made the call, as one string, by the library's one rule ({@link UserIdentity#principal()}): the caller's
   * ARN, else a typed fallback.
   *
   * @param event the call
   * @return the principal; empty for a record without {@code userIdentity}
   */
  public static Optional<String> caller(EksEvent event) {
    return event.userIdentity().map(UserIdentity::principal);
  }

  /**
   * The endpoint access a {@code CreateCluster} or {@code UpdateClusterConfig} call set; empty for other calls and
   * for updates that do not touch the endpoint.
   *
   * <p>For {@code CreateCluster} the cluster in the response, when there is one, says what EKS made; otherwise the
   * request, with EKS's defaults for what it leaves out. For {@code UpdateClusterConfig} the request's
   * {@code resourcesVpcConfig}, completed with the {@code EndpointPublicAccess}, {@code EndpointPrivateAccess} and
   * {@code PublicAccessCidrs} parameters EKS echoes in the response's {@code update}.
   *
   * @param event the call
   * @return the access it set; empty for other calls and for updates that leave the endpoint alone
   */
  public static Optional<EndpointAccess> endpointAccess(EksEvent event) {
    if (event instanceof CreateClusterEvent) {
      CreateClusterEvent create = (CreateClusterEvent) event;
      VpcConfig requested = create.request().resourcesVpcConfig().orElse(VpcConfig.builder().build());
      VpcConfig made = create.cluster().flatMap(Cluster::resourcesVpcConfig).orElse(requested);
      List<String> cidrs = !made.publicAccessCidrs().isEmpty() ? made.publicAccessCidrs()
          : !requested.publicAccessCidrs().isEmpty() ? requested.publicAccessCidrs() : List.of("0.0.0.0/0");
      return Optional.of(EndpointAccess.builder()
          .event(event)
          .endpointPublicAccess(made.endpointPublicAccess().or(requested::endpointPublicAccess).orElse(true))
          .endpointPrivateAccess(made.endpointPrivateAccess().or(requested::endpointPrivateAccess).orElse(false))
          .publicAccessCidrs(cidrs)
          .build());
    }
    if (event instanceof UpdateClusterConfigEvent) {
      UpdateClusterConfigEvent update = (UpdateClusterConfigEvent) event;
      Optional<VpcConfig> vpc = update.request().resourcesVpcConfig();
      List<UpdateParam> params = update.update().map(Update::params).orElse(List.of());
      Optional<Boolean> publicAccess = vpc.flatMap(VpcConfig::endpointPublicAccess)
          .or(() -> param(params, UpdateParamType.ENDPOINT_PUBLIC_ACCESS).flatMap(EksAudit::asBoolean));
      Optional<Boolean> privateAccess = vpc.flatMap(VpcConfig::endpointPrivateAccess)
          .or(() -> param(params, UpdateParamType.ENDPOINT_PRIVATE_ACCESS).flatMap(EksAudit::asBoolean));
      List<String> cidrs = vpc.map(VpcConfig::publicAccessCidrs).filter(c -> !c.isEmpty())
          .orElseGet(() -> param(params, UpdateParamType.PUBLIC_ACCESS_CIDRS).map(EksAudit::asList)
              .orElse(List.of()));
      if (publicAccess.isEmpty() && privateAccess.isEmpty() && cidrs.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(EndpointAccess.builder()
          .event(event)
          .endpointPublicAccess(publicAccess)
          .endpointPrivateAccess(privateAccess)
          .publicAccessCidrs(cidrs)
          .build());
    }
    return Optional.empty();
  }

  /**
   * Calls that turned the public API server endpoint on, including clusters created with EKS's default.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> opensEndpointToPublic() {
    return e -> endpointAccess(e).filter(EndpointAccess::publicEndpoint).isPresent();
  }

  /**
   * Calls that left the public endpoint on and open to {@code 0.0.0.0/0} or {@code ::/0}.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> opensEndpointToTheInternet() {
    return e -> endpointAccess(e).filter(EndpointAccess::openToTheInternet).isPresent();
  }

  /**
   * The control-plane log types an {@code UpdateClusterConfig} call turned off: those of its
   * {@code logging.clusterLogging} entries with {@code enabled: false} that no {@code enabled: true} entry turns on
   * again, in the order the request names them. Empty for other calls. A type this library does not know is kept, as an
   * unrecognised {@link LogType}: turning off a log type EKS adds later is still reported.
   *
   * @param event the call
   * @return the log types turned off; empty when none
   */
  public static Set<LogType> disabledLogTypes(EksEvent event) {
    if (!(event instanceof UpdateClusterConfigEvent)) {
      return Set.of();
    }
    List<LogSetup> setups = ((UpdateClusterConfigEvent) event).request().logging()
        .map(Logging::clusterLogging).orElse(List.of());
    Set<LogType> off = new LinkedHashSet<>();
    for (LogSetup s : setups) {
      if (s.enabled().filter(Boolean.FALSE::equals).isPresent()) {
        off.addAll(s.types());
      }
    }
    for (LogSetup s : setups) {
      if (s.enabled().orElse(false)) {
        off.removeAll(s.types());
      }
    }
    return off.isEmpty() ? Set.of() : Collections.unmodifiableSet(off);
  }

  /**
   * {@code UpdateClusterConfig} calls that turned off at least one control-plane log type.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> disablesControlPlaneLogging() {
    return e -> !disabledLogTypes(e).isEmpty();
  }

  /**
   * {@code UpdateClusterConfig} calls that turned off the Kubernetes audit log.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> disablesAuditLogging() {
    return e -> disabledLogTypes(e).contains(LogType.AUDIT);
  }

  /**
   * The cluster access a {@code CreateAccessEntry}, {@code UpdateAccessEntry} or {@code AssociateAccessPolicy} call
   * gave; empty for other calls.
   *
   * @param event the call
   * @return the grant; empty for other calls
   */
  public static Optional<AccessGrant> accessGrant(EksEvent event) {
    AccessGrant.Builder grant = AccessGrant.builder().event(event).clusterName(event.clusterName());
    if (event instanceof CreateAccessEntryEvent) {
      CreateAccessEntryRequest r = ((CreateAccessEntryEvent) event).request();
      return Optional.of(grant.principalArn(r.principalArn()).kubernetesGroups(r.kubernetesGroups())
          .username(r.username()).build());
    }
    if (event instanceof UpdateAccessEntryEvent) {
      UpdateAccessEntryRequest r = ((UpdateAccessEntryEvent) event).request();
      return Optional.of(grant.principalArn(r.principalArn()).kubernetesGroups(r.kubernetesGroups())
          .username(r.username()).build());
    }
    if (event instanceof AssociateAccessPolicyEvent) {
      AssociateAccessPolicyRequest r = ((AssociateAccessPolicyEvent) event).request();
      return Optional.of(grant.principalArn(r.principalArn()).policyArn(r.policyArn()).accessScope(r.accessScope())
          .build());
    }
    return Optional.empty();
  }

  /**
   * Calls that gave an IAM principal access to a cluster through the EKS API.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> grantsClusterAccess() {
    return e -> accessGrant(e).isPresent();
  }

  /**
   * Calls that made an IAM principal cluster administrator, see {@link AccessGrant#clusterAdmin()}.
   *
   * @return the predicate
   */
  public static Predicate<EksEvent> grantsClusterAdmin() {
    return e -> accessGrant(e).filter(AccessGrant::clusterAdmin).isPresent();
  }

  /**
   * The IAM principal a call is about: the {@code principalArn} of its request, percent-decoded (CloudTrail records it
   * encoded, {@code arn%3Aaws%3Aiam...}, where it is a URI path label), for the typed events and for
   * {@link org.cloudtrail4j.eks.EksApiCall}s alike ({@code DescribeAccessEntry}, ...).
   *
   * @param event the call
   * @return the principal's ARN; empty when the request names none
   */
  public static Optional<String> principalArn(EksEvent event) {
    return Members.of(event.requestParameters()).pathLabel("principalArn");
  }

  private static Optional<String> param(List<UpdateParam> params, UpdateParamType type) {
    for (UpdateParam p : params) {
      if (p.type().filter(type::equals).isPresent()) {
        return p.value();
      }
    }
    return Optional.empty();
  }

  private static Optional<Boolean> asBoolean(String s) {
    return s.equals("true") ? Optional.of(true) : s.equals("false") ? Optional.of(false) : Optional.empty();
  }

  // UpdateParam values are strings; a list is JSON-encoded in one: "[\"0.0.0.0/0\"]"
  private static List<String> asList(String s) {
    try {
      List<String> out = new ArrayList<>();
      for (JsonValue v : JsonValue.parse(s).elements()) {
        v.asString().ifPresent(out::add);
      }
      return out;
    } catch (JsonValueException e) {
      return List.of();
    }
  }
}
