package org.cloudtrail4j.model.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Who made the call ({@code userIdentity}): one subclass per CloudTrail identity {@code type}, so code can dispatch on
 * the kind of principal:
 *
 * <pre>{@code
 * UserIdentity who = event.userIdentity().orElseThrow();
 * if (who instanceof AssumedRole) {
 *   AssumedRole role = (AssumedRole) who;
 *   role.roleName().ifPresent(System.out::println);
 * }
 * // on Java 21+: switch (who) { case AssumedRole r -> ...; case IamUser u -> ...; ... }
 * }</pre>
 *
 * <p>Every variant carries all the identity members CloudTrail defines, because real records do not keep to the
 * documented set per type (an {@code Unknown} identity may carry an {@code accessKeyId}): nothing a record says is
 * lost. A {@code type} this library does not know, or a missing {@code type} (AWS-internal records), is read as an
 * {@link UnrecognizedIdentity} that keeps the type string. Members the library does not know are in {@link
 * #unknownFields()}.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}, which picks the variant from the
 * type.
 *
 * @since 0.1.0
 */
public abstract sealed class UserIdentity
    permits Root, IamUser, AssumedRole, Role, FederatedUser, AwsAccount, AwsService, IdentityCenterUser, SamlUser,
        WebIdentityUser, DirectoryUser, UnknownIdentity, UnrecognizedIdentity {
  private final IdentityType type;
  private final String principalId;
  private final String arn;
  private final String accountId;
  private final String accessKeyId;
  private final String userName;
  private final String invokedBy;
  private final String identityProvider;
  private final String credentialId;
  private final SessionContext sessionContext;
  private final OnBehalfOf onBehalfOf;
  private final InScopeOf inScopeOf;
  private final JsonValue invokedByDelegate;
  private final Map<String, JsonValue> unknownFields;

  UserIdentity(Builder b) {
    this.type = b.type;
    this.principalId = b.principalId;
    this.arn = b.arn;
    this.accountId = b.accountId;
    this.accessKeyId = b.accessKeyId;
    this.userName = b.userName;
    this.invokedBy = b.invokedBy;
    this.identityProvider = b.identityProvider;
    this.credentialId = b.credentialId;
    this.sessionContext = b.sessionContext;
    this.onBehalfOf = b.onBehalfOf;
    this.inScopeOf = b.inScopeOf;
    this.invokedByDelegate = b.invokedByDelegate;
    this.unknownFields = b.unknownFields == null
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.unknownFields));
  }

  /** {@return the {@code type} as recorded; empty for AWS-internal records that carry none} Since eventVersion 1.0. */
  public Optional<IdentityType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * {@return a unique identifier of the principal: the account ID for root, {@code AIDA...} for IAM users,
   * {@code AROA...:<session name>} for assumed roles}
   */
  public Optional<String> principalId() {
    return Optional.ofNullable(principalId);
  }

  /** {@return the principal's ARN} */
  public Optional<String> arn() {
    return Optional.ofNullable(arn);
  }

  /** {@return the account that owns the principal (for {@code AWSAccount}, the calling account)} */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /** {@return the access key used to sign the request: {@code AKIA...} long-term, {@code ASIA...} temporary} */
  public Optional<String> accessKeyId() {
    return Optional.ofNullable(accessKeyId);
  }

  /** {@return the friendly name of the principal (IAM user name, or the user name a service recorded)} */
  public Optional<String> userName() {
    return Optional.ofNullable(userName);
  }

  /** {@return the AWS service that made the call on the principal's behalf, e.g. {@code eks.amazonaws.com}} */
  public Optional<String> invokedBy() {
    return Optional.ofNullable(invokedBy);
  }

  /** {@return the identity provider, for SAML and web identity users} */
  public Optional<String> identityProvider() {
    return Optional.ofNullable(identityProvider);
  }

  /** {@return the IAM Identity Center credential ID (since eventVersion 1.08)} */
  public Optional<String> credentialId() {
    return Optional.ofNullable(credentialId);
  }

  /** {@return the session of temporary credentials: issuer, creation time, MFA} */
  public Optional<SessionContext> sessionContext() {
    return Optional.ofNullable(sessionContext);
  }

  /** {@return the Identity Center user the call was made for (since eventVersion 1.09)} */
  public Optional<OnBehalfOf> onBehalfOf() {
    return Optional.ofNullable(onBehalfOf);
  }

  /** {@return the resource scope service-issued credentials were issued in (since eventVersion 1.10)} */
  public Optional<InScopeOf> inScopeOf() {
    return Optional.ofNullable(inScopeOf);
  }

  /** {@return the account a delegated call was made through ({@code invokedByDelegate}), as recorded} */
  public Optional<JsonValue> invokedByDelegate() {
    return Optional.ofNullable(invokedByDelegate);
  }

  /** {@return members this version of the library does not know, by wire name, kept exactly as they were} */
  public Map<String, JsonValue> unknownFields() {
    return unknownFields;
  }

  /**
   * Who made the call, as one string, by the one rule the library uses everywhere (the CLI's counts, EKS audit):
   * <ol>
   *   <li>the {@code arn}, e.g. {@code arn:aws:sts::111122223333:assumed-role/Admin/alice};
   *   <li>else {@code <type>:<userName>}, e.g. {@code Unknown:user1} for a console sign-in of an unknown user;
   *   <li>else {@code invokedBy}, the calling service, e.g. {@code workmail.eu-west-1.amazonaws.com};
   *   <li>else {@code principalId};
   *   <li>else {@code accountId};
   *   <li>else the type as recorded, {@code unknown} when there is none.
   * </ol>
   * An empty string counts as absent (some services record {@code "arn": ""}). {@code <type>} is the type as recorded,
   * {@code unknown} when there is none.
   *
   * @return the principal, never empty
   */
  public String principal() {
    if (given(arn)) {
      return arn;
    }
    String typeName = type == null || type.value().isEmpty() ? "unknown" : type.value();
    if (given(userName)) {
      return typeName + ':' + userName;
    }
    if (given(invokedBy)) {
      return invokedBy;
    }
    if (given(principalId)) {
      return principalId;
    }
    if (given(accountId)) {
      return accountId;
    }
    return typeName;
  }

  private static boolean given(String value) {
    return value != null && !value.isEmpty();
  }

  /** {@return the session issuer's ARN, when the identity has a session with an issuer} */
  public Optional<String> sessionIssuerArn() {
    return sessionContext().flatMap(SessionContext::sessionIssuer).flatMap(SessionIssuer::arn);
  }

  /** {@return a builder initialised with this identity's members} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.principalId = principalId;
    b.arn = arn;
    b.accountId = accountId;
    b.accessKeyId = accessKeyId;
    b.userName = userName;
    b.invokedBy = invokedBy;
    b.identityProvider = identityProvider;
    b.credentialId = credentialId;
    b.sessionContext = sessionContext;
    b.onBehalfOf = onBehalfOf;
    b.inScopeOf = inScopeOf;
    b.invokedByDelegate = invokedByDelegate;
    b.unknownFields = unknownFields.isEmpty() ? null : new LinkedHashMap<>(unknownFields);
    return b;
  }

  /** {@return a new builder; {@link Builder#build()} picks the variant from the type} */
  public static Builder builder() {
    return new Builder();
  }

  /** Equal when the same variant with the same members. */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    UserIdentity that = (UserIdentity) o;
    return Objects.equals(type, that.type)
        && Objects.equals(principalId, that.principalId)
        && Objects.equals(arn, that.arn)
        && Objects.equals(accountId, that.accountId)
        && Objects.equals(accessKeyId, that.accessKeyId)
        && Objects.equals(userName, that.userName)
        && Objects.equals(invokedBy, that.invokedBy)
        && Objects.equals(identityProvider, that.identityProvider)
        && Objects.equals(credentialId, that.credentialId)
        && Objects.equals(sessionContext, that.sessionContext)
        && Objects.equals(onBehalfOf, that.onBehalfOf)
        && Objects.equals(inScopeOf, that.inScopeOf)
        && Objects.equals(invokedByDelegate, that.invokedByDelegate)
        && unknownFields.equals(that.unknownFields);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), type, principalId, arn, accountId, accessKeyId, userName, invokedBy,
        identityProvider, credentialId, sessionContext, onBehalfOf, inScopeOf, invokedByDelegate, unknownFields);
  }

  /** The variant and its present members, e.g. {@code IamUser{type=IAMUser, userName=Alice, ...}}. */
  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder(getClass().getSimpleName()).append('{');
    append(s, "type", type);
    append(s, "principalId", principalId);
    append(s, "arn", arn);
    append(s, "accountId", accountId);
    append(s, "accessKeyId", accessKeyId);
    append(s, "userName", userName);
    append(s, "invokedBy", invokedBy);
    append(s, "identityProvider", identityProvider);
    append(s, "credentialId", credentialId);
    append(s, "sessionContext", sessionContext);
    append(s, "onBehalfOf", onBehalfOf);
    append(s, "inScopeOf", inScopeOf);
    append(s, "invokedByDelegate", invokedByDelegate);
    if (!unknownFields.isEmpty()) {
      append(s, "unknownFields", unknownFields);
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Builds a {@link UserIdentity}. Not thread-safe. Setters take {@code null} to mean absent, so a parser can pass
   * what it read without branching.
   */
  public static final class Builder {
    private IdentityType type;
    private String principalId;
    private String arn;
    private String accountId;
    private String accessKeyId;
    private String userName;
    private String invokedBy;
    private String identityProvider;
    private String credentialId;
    private SessionContext sessionContext;
    private OnBehalfOf onBehalfOf;
    private InScopeOf inScopeOf;
    private JsonValue invokedByDelegate;
    private Map<String, JsonValue> unknownFields;

    Builder() {}

    /**
     * Sets the identity type, which decides the variant built; {@code null} for none.
     *
     * @param type the identity type, or {@code null}
     * @return this builder
     */
    public Builder type(IdentityType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the identity type from its wire string; {@code null} for none.
     *
     * @param type the {@code type} as CloudTrail writes it, or {@code null}
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type == null ? null : IdentityType.of(type);
      return this;
    }

    /**
     * Sets {@code principalId}.
     *
     * @param principalId the value
     * @return this builder
     */
    public Builder principalId(String principalId) {
      this.principalId = principalId;
      return this;
    }

    /**
     * Sets {@code arn}.
     *
     * @param arn the value
     * @return this builder
     */
    public Builder arn(String arn) {
      this.arn = arn;
      return this;
    }

    /**
     * Sets {@code accountId}.
     *
     * @param accountId the value
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Sets {@code accessKeyId}.
     *
     * @param accessKeyId the value
     * @return this builder
     */
    public Builder accessKeyId(String accessKeyId) {
      this.accessKeyId = accessKeyId;
      return this;
    }

    /**
     * Sets {@code userName}.
     *
     * @param userName the value
     * @return this builder
     */
    public Builder userName(String userName) {
      this.userName = userName;
      return this;
    }

    /**
     * Sets {@code invokedBy}.
     *
     * @param invokedBy the value
     * @return this builder
     */
    public Builder invokedBy(String invokedBy) {
      this.invokedBy = invokedBy;
      return this;
    }

    /**
     * Sets {@code identityProvider}.
     *
     * @param identityProvider the value
     * @return this builder
     */
    public Builder identityProvider(String identityProvider) {
      this.identityProvider = identityProvider;
      return this;
    }

    /**
     * Sets {@code credentialId}.
     *
     * @param credentialId the value
     * @return this builder
     */
    public Builder credentialId(String credentialId) {
      this.credentialId = credentialId;
      return this;
    }

    /**
     * Sets {@code sessionContext}.
     *
     * @param sessionContext the value
     * @return this builder
     */
    public Builder sessionContext(SessionContext sessionContext) {
      this.sessionContext = sessionContext;
      return this;
    }

    /**
     * Sets {@code onBehalfOf}.
     *
     * @param onBehalfOf the value
     * @return this builder
     */
    public Builder onBehalfOf(OnBehalfOf onBehalfOf) {
      this.onBehalfOf = onBehalfOf;
      return this;
    }

    /**
     * Sets {@code inScopeOf}.
     *
     * @param inScopeOf the value
     * @return this builder
     */
    public Builder inScopeOf(InScopeOf inScopeOf) {
      this.inScopeOf = inScopeOf;
      return this;
    }

    /**
     * Sets {@code invokedByDelegate}.
     *
     * @param invokedByDelegate the value
     * @return this builder
     */
    public Builder invokedByDelegate(JsonValue invokedByDelegate) {
      this.invokedByDelegate = invokedByDelegate;
      return this;
    }

    /**
     * Adds a member this library does not know; a later value for the same name replaces the earlier one.
     *
     * @param name the member's wire name
     * @param value its value, as recorded
     * @return this builder
     */
    public Builder putUnknownField(String name, JsonValue value) {
      if (unknownFields == null) {
        unknownFields = new LinkedHashMap<>();
      }
      unknownFields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * {@return the variant for the type: {@link IamUser} for {@code IAMUser}, ..., {@link UnrecognizedIdentity}
     * otherwise}
     */
    public UserIdentity build() {
      if (type == null) {
        return new UnrecognizedIdentity(this);
      }
      switch (type.known()) {
        case ROOT:
          return new Root(this);
        case IAM_USER:
          return new IamUser(this);
        case ASSUMED_ROLE:
          return new AssumedRole(this);
        case ROLE:
          return new Role(this);
        case FEDERATED_USER:
          return new FederatedUser(this);
        case AWS_ACCOUNT:
          return new AwsAccount(this);
        case AWS_SERVICE:
          return new AwsService(this);
        case IDENTITY_CENTER_USER:
          return new IdentityCenterUser(this);
        case SAML_USER:
          return new SamlUser(this);
        case WEB_IDENTITY_USER:
          return new WebIdentityUser(this);
        case DIRECTORY:
          return new DirectoryUser(this);
        case UNKNOWN:
          return new UnknownIdentity(this);
        default:
          return new UnrecognizedIdentity(this);
      }
    }
  }
}
