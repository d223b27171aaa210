package org.cloudtrail4j.parser.internal;

import java.time.Instant;
import java.util.Optional;
import org.cloudtrail4j.model.identity.InScopeOf;
import org.cloudtrail4j.model.identity.OnBehalfOf;
import org.cloudtrail4j.model.identity.SessionAttributes;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.identity.WebIdFederationData;
import org.cloudtrail4j.model.json.JsonValue;

/**
 * Decodes a record's {@code userIdentity}: the identity and its nested {@code sessionContext} ({@code attributes},
 * {@code sessionIssuer}, {@code webIdFederationData}), {@code onBehalfOf} and {@code inScopeOf}, walking each object
 * once with a cursor per nesting level. A nested object is decoded in place: its decoder leaves where it ended in
 * {@link #nestedEnd}, so that the enclosing cursor does not scan it a second time. One instance per reading thread.
 */
final class IdentityDecoder {
  private final Scalars scalar;
  private final ObjectCursor[] cursors = {new ObjectCursor(), new ObjectCursor(), new ObjectCursor()};
  /** Identities decoded before, by their bytes: one session's calls repeat its identity byte for byte. */
  private final RepeatCache<UserIdentity> repeats = new RepeatCache<>();
  /** Where the nested object the last nested decoder walked ends, or -1 when it was null. */
  private int nestedEnd;

  IdentityDecoder(Scalars scalar) {
    this.scalar = scalar;
  }

  UserIdentity identity(int v0, int v1) {
    if (!scalar.isObject(v0, v1, "userIdentity")) {
      return null;
    }
    UserIdentity seen = repeats.get(scalar.b, v0, v1);
    if (seen != null) {
      return seen; // the same bytes decoded without a problem before, to an immutable identity
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
    UserIdentity identity = u.build();
    if (scalar.slices == slices) {
      // not one holding a slice of the source (unknown members, invokedByDelegate): it would keep the source's
      // buffer alive, and its offsets would be another record's
      repeats.put(scalar.b, v0, v1, identity);
    }
    return identity;
  }

  private SessionContext sessionContext(int v0, int v1) {
    ObjectCursor c = open(1, v0, v1, "userIdentity.sessionContext");
    if (c == null) {
      return null;
    }
    SessionContext.Builder sc = SessionContext.builder();
    while (c.next()) {
      int s = c.valueStart;
      Key key = c.key();
      if (key == null) {
        sc.putUnknownFields(scalar.keyName(c.keyQuote), scalar.json(s, c.valueEnd()));
        continue;
      }
      if (key == Key.attributes || key == Key.sessionIssuer || key == Key.webIdFederationData) {
        // decoded in place: the nested cursor finds where the object ends
        if (key == Key.attributes) {
          SessionAttributes a = sessionAttributes(s, c.bound());
          if (a != null) {
            sc.attributes(a);
          } else {
            sc.attributes(Optional.empty());
          }
        } else if (key == Key.sessionIssuer) {
          SessionIssuer i = sessionIssuer(s, c.bound());
          if (i != null) {
            sc.sessionIssuer(i);
          } else {
            sc.sessionIssuer(Optional.empty());
          }
        } else {
          WebIdFederationData w = webId(s, c.bound());
          if (w != null) {
            sc.webIdFederationData(w);
          } else {
            sc.webIdFederationData(Optional.empty());
          }
        }
        if (nestedEnd > 0) {
          c.valueEndsAt(nestedEnd);
        }
        continue;
      }
      int t = c.valueEnd();
      switch (key) {
        case sourceIdentity: { String x = scalar.str(s, t, "userIdentity.sessionContext.sourceIdentity"); if (x != null) sc.sourceIdentity(x); else sc.sourceIdentity(Optional.empty()); break; }
        case ec2RoleDelivery: { String x = scalar.str(s, t, "userIdentity.sessionContext.ec2RoleDelivery"); if (x != null) sc.ec2RoleDelivery(x); else sc.ec2RoleDelivery(Optional.empty()); break; }
        case assumedRoot: { Boolean x = scalar.bool(s, t, "userIdentity.sessionContext.assumedRoot"); if (x != null) sc.assumedRoot(x); else sc.assumedRoot(Optional.empty()); break; }
        default: sc.putUnknownFields(scalar.keyName(c.keyQuote), scalar.json(s, t)); break;
      }
    }
    return ended(c, sc.build());
  }

  private SessionAttributes sessionAttributes(int v0, int v1) {
    final String path = "userIdentity.sessionContext.attributes";
    ObjectCursor c = open(2, v0, v1, path);
    if (c == null) {
      return null;
    }
    SessionAttributes.Builder a = SessionAttributes.builder();
    while (c.next()) {
      int s = c.valueStart;
      int t = c.valueEnd();
      Key key = c.key();
      if (key == Key.creationDate) {
        Instant x = scalar.time(s, t, path + ".creationDate");
        if (x != null) {
          a.creationDate(x);
        } else {
          a.creationDate(Optional.empty());
        }
      } else if (key == Key.mfaAuthenticated) {
        Boolean x = scalar.bool(s, t, path + ".mfaAuthenticated");
        if (x != null) {
          a.mfaAuthenticated(x);
        } else {
          a.mfaAuthenticated(Optional.empty());
        }
      } else {
        a.putUnknownFields(scalar.keyName(c.keyQuote), scalar.json(s, t));
      }
    }
    return ended(c, a.build());
  }

  private SessionIssuer sessionIssuer(int v0, int v1) {
    final String path = "userIdentity.sessionContext.sessionIssuer";
    ObjectCursor c = open(2, v0, v1, path);
    if (c == null) {
      return null;
    }
    SessionIssuer.Builder i = SessionIssuer.builder();
    while (c.next()) {
      int s = c.valueStart;
      int t = c.valueEnd();
      Key key = c.key();
      String x;
      if (key == Key.type) {
        if ((x = scalar.str(s, t, path + ".type")) != null) i.type(x); else i.type(Optional.empty());
      } else if (key == Key.principalId) {
        if ((x = scalar.str(s, t, path + ".principalId")) != null) i.principalId(x); else i.principalId(Optional.empty());
      } else if (key == Key.arn) {
        if ((x = scalar.str(s, t, path + ".arn")) != null) i.arn(x); else i.arn(Optional.empty());
      } else if (key == Key.accountId) {
        if ((x = scalar.str(s, t, path + ".accountId")) != null) i.accountId(x); else i.accountId(Optional.empty());
      } else if (key == Key.userName) {
        if ((x = scalar.str(s, t, path + ".userName")) != null) i.userName(x); else i.userName(Optional.empty());
      } else {
        i.putUnknownFields(scalar.keyName(c.keyQuote), scalar.json(s, t));
      }
    }
    return ended(c, i.build());
  }

  private WebIdFederationData webId(int v0, int v1) {
    final String path = "userIdentity.sessionContext.webIdFederationData";
    ObjectCursor c = open(2, v0, v1, path);
    if (c == null) {
      return null;
    }
    WebIdFederationData.Builder w = WebIdFederationData.builder();
    while (c.next()) {
      Key key = c.key();
      if (key == Key.federatedProvider) {
        String x = scalar.str(c, path + ".federatedProvider");
        if (x != null) w.federatedProvider(x); else w.federatedProvider(Optional.empty());
      } else if (key == Key.attributes) {
        w.attributes(scalar.json(c));
      } else {
        w.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return ended(c, w.build());
  }

  private OnBehalfOf onBehalfOf(int v0, int v1) {
    final String path = "userIdentity.onBehalfOf";
    ObjectCursor c = open(1, v0, v1, path);
    if (c == null) {
      return null;
    }
    OnBehalfOf.Builder o = OnBehalfOf.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.userId) {
        if ((x = scalar.str(c, path + ".userId")) != null) o.userId(x); else o.userId(Optional.empty());
      } else if (key == Key.identityStoreArn) {
        if ((x = scalar.str(c, path + ".identityStoreArn")) != null) o.identityStoreArn(x); else o.identityStoreArn(Optional.empty());
      } else {
        o.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return ended(c, o.build());
  }

  private InScopeOf inScopeOf(int v0, int v1) {
    final String path = "userIdentity.inScopeOf";
    ObjectCursor c = open(1, v0, v1, path);
    if (c == null) {
      return null;
    }
    InScopeOf.Builder o = InScopeOf.builder();
    while (c.next()) {
      Key key = c.key();
      String x;
      if (key == Key.sourceArn) {
        if ((x = scalar.str(c, path + ".sourceArn")) != null) o.sourceArn(x); else o.sourceArn(Optional.empty());
      } else if (key == Key.sourceAccount) {
        if ((x = scalar.str(c, path + ".sourceAccount")) != null) o.sourceAccount(x); else o.sourceAccount(Optional.empty());
      } else if (key == Key.issuerType) {
        if ((x = scalar.str(c, path + ".issuerType")) != null) o.issuerType(x); else o.issuerType(Optional.empty());
      } else if (key == Key.credentialsIssuedTo) {
        if ((x = scalar.str(c, path + ".credentialsIssuedTo")) != null) o.credentialsIssuedTo(x); else o.credentialsIssuedTo(Optional.empty());
      } else {
        o.putUnknownFields(scalar.keyName(c), scalar.json(c));
      }
    }
    return ended(c, o.build());
  }

  // the steps every nested decoder shares; each keeps its own switch on the member's key, the fast path

  /**
   * A cursor at level {@code level} over the object at {@code v0}, or null (and {@link #nestedEnd} -1) for JSON
   * {@code null}; any other type is a WRONG_TYPE problem at {@code path}.
   */
  private ObjectCursor open(int level, int v0, int v1, String path) {
    if (!scalar.isObject(v0, v1, path)) {
      nestedEnd = -1;
      return null;
    }
    return cursors[level].reset(scalar.b, v0, v1);
  }

  /** Notes where the object {@code c} walked ends, for the enclosing cursor, and returns {@code built}. */
  private <T> T ended(ObjectCursor c, T built) {
    nestedEnd = c.objectEnd();
    return built;
  }
}
