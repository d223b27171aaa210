package org.cloudtrail4j.s3;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cloudtrail4j.integrity.PublicKeySource;
import org.cloudtrail4j.integrity.PublicKeys;
import org.cloudtrail4j.integrity.TrailValidator;
import org.cloudtrail4j.integrity.internal.range.TimeRange;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.cloudtrail.model.ListPublicKeysResponse;

/**
 * The public keys that signed a trail's digests, from CloudTrail's {@code ListPublicKeys}, called in the region each
 * digest was delivered from (keys are per region, and so are the clients). A {@link PublicKeySource} for
 * {@link TrailValidator}; see {@link S3ObjectStore} for an example.
 *
 * <p>Which times are asked for follows the AWS CLI's {@code validate-logs}:
 * <ul>
 *   <li>with {@link Builder#between(Instant, Instant) between(from, until)} (the validator's range), the first
 *       digest of a region makes one call for {@code [from, until + 2 h]}: the keys of every digest in the range,
 *       including those delivered up to an hour after it and signed by a key that replaced the old one at the
 *       range's end;</li>
 *   <li>a fingerprint not among the keys already listed (a backfill digest, signed when it was generated; a digest
 *       outside the range; no range given) makes a call for {@code [t - 1 h, t + 1 h]}, {@code t} being the time the
 *       validator says the digest was signed (a backfill digest's {@code backfill-generation-timestamp}, else its end
 *       time); each such window is asked once per region.</li>
 * </ul>
 * Pages ({@code NextToken}) are followed. Keys are matched by the service's {@code Fingerprint}, never rejected for
 * their validity window; the {@code Value} is DER already (the SDK decodes the base64 of the wire format), PKCS#1 or
 * SubjectPublicKeyInfo. A failed call makes the digest's key unreadable (the validator reports it and goes on).
 *
 * <p>Thread-safe. Close it to close the clients it built (clients given by {@link Builder#clients(Function)} are the
 * caller's).
 *
 * @since 0.1.0
 */
public final class CloudTrailPublicKeys implements PublicKeySource, AutoCloseable {
  /** How far past the range's end keys are listed (aws-cli PR #10072: a key rotated near the end time). */
  private static final Duration AFTER_END = Duration.ofHours(2);
  /** How far either side of a digest's signing time keys are listed when it is not among those listed already. */
  private static final Duration AROUND_SIGNING = Duration.ofHours(1);

  private final Function<String, CloudTrailClient> factory;
  private final boolean ownsClients;
  private final Instant from;
  private final Instant until;
  private final Map<String, CloudTrailClient> clients = new HashMap<>();
  private final Map<String, Listed> byRegion = new HashMap<>();

  /** What has been listed in one region. */
  private static final class Listed {
    final Map<String, byte[]> keys = new LinkedHashMap<>();
    final Set<String> windows = new HashSet<>();
  }

  private CloudTrailPublicKeys(Builder b, Function<String, CloudTrailClient> factory, boolean ownsClients) {
    this.factory = factory;
    this.ownsClients = ownsClients;
    this.from = b.from;
    this.until = b.until;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The key with the fingerprint, listed from CloudTrail in {@code region} as the class description says.
   *
   * @param region the region the digest was delivered from
   * @param fingerprint the digest's {@code digestPublicKeyFingerprint}
   * @param signedAt when the digest was signed (its end time, or a backfill digest's generation time)
   * @return the key, or empty when CloudTrail lists none with that fingerprint
   * @throws IOException if {@code ListPublicKeys} fails (naming the region and the time range)
   * @throws GeneralSecurityException if the key listed is not an RSA public key
   */
  @Override
  public synchronized Optional<PublicKey> find(String region, String fingerprint, Instant signedAt)
      throws IOException, GeneralSecurityException {
    Listed listed = byRegion.computeIfAbsent(region, r -> new Listed());
    String wanted = fingerprint.toLowerCase(Locale.ROOT);
    if (from != null) {
      list(region, listed, from, until.plus(AFTER_END));
    }
    if (!listed.keys.containsKey(wanted)) {
      list(region, listed, signedAt.minus(AROUND_SIGNING), signedAt.plus(AROUND_SIGNING));
    }
    byte[] der = listed.keys.get(wanted);
    return der == null ? Optional.empty() : Optional.of(PublicKeys.decode(der));
  }

  private void list(String region, Listed listed, Instant start, Instant end) throws IOException {
    if (!listed.windows.add(start + "/" + end)) {
      return;
    }
    String token = null;
    do {
      ListPublicKeysRequest.Builder req = ListPublicKeysRequest.builder().startTime(start).endTime(end);
      if (token != null) {
        req.nextToken(token);
      }
      ListPublicKeysResponse page;
      try {
        page = clients.computeIfAbsent(region, factory).listPublicKeys(req.build());
      } catch (SdkException e) { // the service's answer, the network, or a client that cannot be built
        listed.windows.remove(start + "/" + end);
        throw new IOException("ListPublicKeys in " + region + " for " + start + " to " + end + " failed: "
            + e.getMessage(), e);
      }
      for (software.amazon.awssdk.services.cloudtrail.model.PublicKey k : page.publicKeyList()) {
        if (k.value() != null && k.fingerprint() != null) {
          listed.keys.putIfAbsent(k.fingerprint().toLowerCase(Locale.ROOT), k.value().asByteArray());
        }
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
  }

  /** Closes the clients this source built. */
  @Override
  public synchronized void close() {
    if (ownsClients) {
      clients.values().forEach(CloudTrailClient::close);
    }
    clients.clear();
  }

  @Override
  public String toString() {
    return "CloudTrailPublicKeys" + (from == null ? "" : "[" + from + ", " + until + " + " + AFTER_END + "]");
  }

  /**
   * Configures {@link CloudTrailPublicKeys}: the range, and clients of your own ({@link #clients(Function)}) or, by
   * default, one per region built with the SDK's default credentials chain. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Function<String, CloudTrailClient> clients;
    private Instant from;
    private Instant until;

    private Builder() {}

    /**
     * The validator's range: keys are then listed once per region for {@code [from, until + 2 h]}.
     *
     * @param from the start of the range
     * @param until the end of the range
     * @return this builder
     * @throws IllegalArgumentException if {@code from} is after {@code until}
     */
    public Builder between(Instant from, Instant until) {
      TimeRange.check(from, until);
      this.from = from;
      this.until = until;
      return this;
    }

    /**
     * Uses these clients, one per region name asked for (credentials, endpoint, HTTP client as you build them), which
     * the source does not close. By default it builds {@code CloudTrailClient.builder().region(region).build()}.
     *
     * @param clientForRegion the CloudTrail client of a region, such as {@code us-east-1}
     * @return this builder
     */
    public Builder clients(Function<String, CloudTrailClient> clientForRegion) {
      this.clients = Objects.requireNonNull(clientForRegion, "clientForRegion");
      return this;
    }

    /**
     * The source.
     *
     * @return the source
     */
    public CloudTrailPublicKeys build() {
      if (clients != null) {
        return new CloudTrailPublicKeys(this, clients, false);
      }
      return new CloudTrailPublicKeys(this, region -> CloudTrailClient.builder().region(Region.of(region)).build(),
          true);
    }
  }
}
