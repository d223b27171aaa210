package org.cloudtrail4j.parser.internal;

import java.util.Optional;
import org.cloudtrail4j.model.identity.InScopeOf;
import org.cloudtrail4j.model.identity.OnBehalfOf;
import org.cloudtrail4j.model.identity.SessionAttributes;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.identity.WebIdFederationData;

/**
 * Decodes a record's {@code userIdentity}: the identity and its nested {@code sessionContext} ({@code attributes},
 * {@code sessionIssuer}, {@code webIdFederationData}), {@code onBehalfOf} and {@code inScopeOf}, walking each object
 * once with a cursor per nesting level. A nested object is decoded in place: its decoder leaves where it ended in
 * {@link #nestedEnd}, so that the enclosing cursor does not scan it a second time. One instance per reading thread.
 */
final class IdentityDecoder {
  private static final MemberTable SESSION_CONTEXT = MemberTable.strings("userIdentity.sessionContext",
      Key.sourceIdentity, Key.ec2RoleDelivery).with(Key.assumedRoot, MemberTable.BOOL)
      .with(Key.attributes, MemberTable.NESTED).with(Key.sessionIssuer, MemberTable.NESTED)
      .with(Key.webIdFederationData, MemberTable.NESTED);
  private static final MemberTable SESSION_ATTRIBUTES = MemberTable.strings("userIdentity.sessionContext.attributes")
      .with(Key.creationDate, MemberTable.TIME).with(Key.mfaAuthenticated, MemberTable.BOOL);
  private static final MemberTable SESSION_ISSUER = MemberTable.strings("userIdentity.sessionContext.sessionIssuer",
      Key.type, Key.principalId, Key.arn, Key.accountId, Key.userName);
  private static final MemberTable WEB_ID = MemberTable.strings("userIdentity.sessionContext.webIdFederationData",
      Key.federatedProvider).with(Key.attributes, MemberTable.JSON);
  private static final MemberTable ON_BEHALF_OF = MemberTable.strings("userIdentity.onBehalfOf", Key.userId,
      Key.identityStoreArn);
  private static final MemberTable IN_SCOPE_OF = MemberTable.strings("userIdentity.inScopeOf", Key.sourceArn,
      Key.sourceAccount, Key.issuerType, Key.credentialsIssuedTo);

  private final Scalars scalar;
  private final ObjectCursor[] cursors = {new ObjectCursor(), new ObjectCursor(), new ObjectCursor()};
  private final MemberWalk[] walks;
  /**
   * Identities decoded before, by their bytes: one session's calls repeat its identity byte for byte. Held as the
   * {@code Optional} an event's accessor returns, shared by the records with the same identity. The scanner's
   * {@link StructureMemo} holds most identities too, its bytes compared already: this cache is asked when the memo's
   * slot has no decoded identity yet (or the identity has no slot: shorter than its prefix, a repeated key).
   */
  private final RepeatCache<Optional<UserIdentity>> repeats = new RepeatCache<>();
  /** Where the nested object the last nested decoder walked ends, or -1 when it was null. */
  private int nestedEnd;

  /** The scanner's memo of identities, whose slots hold the identities decoded from their bytes. */
  private final StructureMemo memo;

  IdentityDecoder(Scalars scalar, StructureMemo memo) {
    this.scalar = scalar;
    this.memo = memo;
    this.walks = new MemberWalk[] {null, new MemberWalk(scalar), new MemberWalk(scalar)};
  }

  /**
   * The identity at {@code v0}, as the event holds it; empty for JSON null.
   *
   * @param slot the slot of the scanner's {@link StructureMemo} that holds these bytes, or -1 (identities shorter
   *     than the memo's prefix, a repeated key): then only through the decoder's own {@link RepeatCache}
   */
  @SuppressWarnings("unchecked")
  Optional<UserIdentity> identity(int v0, int v1, int slot) {
    if (!scalar.isObject(v0, v1, "userIdentity")) {
      return Optional.empty();
    }
    // the same bytes decoded without a problem before, to an immutable identity: first in the memo's slot, whose
    // bytes the scan compared already, then in the repeat cache (an identity the memo had no slot for when it was
    // decoded)
    if (slot >= 0) {
      Object seen = memo.valueIn(slot);
      if (seen instanceof Optional) {
        return (Optional<UserIdentity>) seen;
      }
    }
    Optional<UserIdentity> seen = repeats.get(scalar.b, v0, v1);
    if (seen != null) {
      if (slot >= 0) {
        memo.replaceValue(slot, seen);
      }
      return seen;
    }
    int slices = scalar.slices;
    UserIdentity.Builder u = UserIdentity.builder();
    ObjectCursor c = cursors[0].reset(scalar.b, v0, v1);
    while (c.next()) {
      int s = c.valueStart;
      Key key = c.key();
      if (key == null) {
        u.putUnknownField(scalar.keyName(c.keyQuote), scalar.json(s, c.valueEnd()));
        continue;
      }
      if (key == Key.sessionContext || key == Key.onBehalfOf || key == Key.inScopeOf) {
        // decoded in place: the nested cursor finds where the object ends
        if (key == Key.sessionContext) {
          u.sessionContext(sessionContext(s, c.bound()));
        } else if (key == Key.onBehalfOf) {
          u.onBehalfOf(onBehalfOf(s, c.bound()));
        } else {
          u.inScopeOf(inScopeOf(s, c.bound()));
        }
        if (nestedEnd > 0) {
          c.valueEndsAt(nestedEnd);
        }
        continue;
      }
      int t = c.valueEnd();
      switch (key) {
        case type: u.type(scalar.str(s, t, "userIdentity.type")); break;
        case principalId: u.principalId(scalar.str(s, t, "userIdentity.principalId")); break;
        case arn: u.arn(scalar.str(s, t, "userIdentity.arn")); break;
        case accountId: u.accountId(scalar.str(s, t, "userIdentity.accountId")); break;
        case accessKeyId: u.accessKeyId(scalar.str(s, t, "userIdentity.accessKeyId")); break;
        case userName: u.userName(scalar.str(s, t, "userIdentity.userName")); break;
        case invokedBy: u.invokedBy(scalar.str(s, t, "userIdentity.invokedBy")); break;
        case identityProvider: u.identityProvider(scalar.str(s, t, "userIdentity.identityProvider")); break;
        case credentialId: u.credentialId(scalar.str(s, t, "userIdentity.credentialId")); break;
        case invokedByDelegate: u.invokedByDelegate(scalar.isNull(s) ? null : scalar.json(s, t)); break;
        default: u.putUnknownField(scalar.keyName(c.keyQuote), scalar.json(s, t)); break;
      }
    }
    Optional<UserIdentity> identity = Optional.of(u.build());
    if (scalar.slices == slices) {
      // not one holding a slice of the source (unknown members, invokedByDelegate): it would keep the source's
      // buffer alive, and its offsets would be another record's
      repeats.put(scalar.b, v0, v1, identity);
      if (slot >= 0) {
        memo.replaceValue(slot, identity);
      }
    }
    return identity;
  }

  private SessionContext sessionContext(int v0, int v1) {
    MemberWalk m = walk(1, v0, v1, SESSION_CONTEXT);
    if (m == null) {
      return null;
    }
    ObjectCursor c = cursors[1];
    SessionContext.Builder sc = SessionContext.builder();
    for (Key key; (key = m.next(c)) != null; ) {
      // decoded in place: the nested walk finds where the object ends
      int s = c.valueStart;
      m.put(key, key == Key.attributes ? sessionAttributes(s, c.bound())
          : key == Key.sessionIssuer ? sessionIssuer(s, c.bound()) : webId(s, c.bound()));
      if (nestedEnd > 0) {
        c.valueEndsAt(nestedEnd);
      }
    }
    if (m.str(0) != null) sc.sourceIdentity(m.str(0));
    if (m.str(1) != null) sc.ec2RoleDelivery(m.str(1));
    if (m.bool(2) != null) sc.assumedRoot(m.bool(2));
    if (m.value(3) != null) sc.attributes((SessionAttributes) m.value(3));
    if (m.value(4) != null) sc.sessionIssuer((SessionIssuer) m.value(4));
    if (m.value(5) != null) sc.webIdFederationData((WebIdFederationData) m.value(5));
    if (m.hasUnknown()) {
      sc.putAllUnknownFields(m.unknown());
    }
    return ended(c, sc.build());
  }

  private SessionAttributes sessionAttributes(int v0, int v1) {
    MemberWalk m = walk(2, v0, v1, SESSION_ATTRIBUTES);
    if (m == null) {
      return null;
    }
    SessionAttributes.Builder a = SessionAttributes.builder();
    if (m.time(0) != null) a.creationDate(m.time(0));
    if (m.bool(1) != null) a.mfaAuthenticated(m.bool(1));
    if (m.hasUnknown()) {
      a.putAllUnknownFields(m.unknown());
    }
    return ended(cursors[2], a.build());
  }

  private SessionIssuer sessionIssuer(int v0, int v1) {
    MemberWalk m = walk(2, v0, v1, SESSION_ISSUER);
    if (m == null) {
      return null;
    }
    SessionIssuer.Builder i = SessionIssuer.builder();
    if (m.str(0) != null) i.type(m.str(0));
    if (m.str(1) != null) i.principalId(m.str(1));
    if (m.str(2) != null) i.arn(m.str(2));
    if (m.str(3) != null) i.accountId(m.str(3));
    if (m.str(4) != null) i.userName(m.str(4));
    if (m.hasUnknown()) {
      i.putAllUnknownFields(m.unknown());
    }
    return ended(cursors[2], i.build());
  }

  private WebIdFederationData webId(int v0, int v1) {
    MemberWalk m = walk(2, v0, v1, WEB_ID);
    if (m == null) {
      return null;
    }
    WebIdFederationData.Builder w = WebIdFederationData.builder();
    if (m.str(0) != null) w.federatedProvider(m.str(0));
    if (m.json(1) != null) w.attributes(m.json(1));
    if (m.hasUnknown()) {
      w.putAllUnknownFields(m.unknown());
    }
    return ended(cursors[2], w.build());
  }

  private OnBehalfOf onBehalfOf(int v0, int v1) {
    MemberWalk m = walk(1, v0, v1, ON_BEHALF_OF);
    if (m == null) {
      return null;
    }
    OnBehalfOf.Builder o = OnBehalfOf.builder();
    if (m.str(0) != null) o.userId(m.str(0));
    if (m.str(1) != null) o.identityStoreArn(m.str(1));
    if (m.hasUnknown()) {
      o.putAllUnknownFields(m.unknown());
    }
    return ended(cursors[1], o.build());
  }

  private InScopeOf inScopeOf(int v0, int v1) {
    MemberWalk m = walk(1, v0, v1, IN_SCOPE_OF);
    if (m == null) {
      return null;
    }
    InScopeOf.Builder o = InScopeOf.builder();
    if (m.str(0) != null) o.sourceArn(m.str(0));
    if (m.str(1) != null) o.sourceAccount(m.str(1));
    if (m.str(2) != null) o.issuerType(m.str(2));
    if (m.str(3) != null) o.credentialsIssuedTo(m.str(3));
    if (m.hasUnknown()) {
      o.putAllUnknownFields(m.unknown());
    }
    return ended(cursors[1], o.build());
  }

  // the steps every nested decoder shares

  /**
   * The walk at level {@code level} of the object at {@code v0}, its members up to the first nested one decoded by
   * {@code table}, or null (and {@link #nestedEnd} -1) for JSON {@code null}; any other type is a WRONG_TYPE problem.
   */
  private MemberWalk walk(int level, int v0, int v1, MemberTable table) {
    if (!scalar.isObject(v0, v1, table.path)) {
      nestedEnd = -1;
      return null;
    }
    MemberWalk m = walks[level].start(table);
    ObjectCursor c = cursors[level].reset(scalar.b, v0, v1);
    if (!table.hasNested()) {
      m.next(c); // the whole object
    }
    return m;
  }

  /** Notes where the object {@code c} walked ends, for the enclosing cursor, and returns {@code built}. */
  private <T> T ended(ObjectCursor c, T built) {
    nestedEnd = c.objectEnd();
    return built;
  }
}
