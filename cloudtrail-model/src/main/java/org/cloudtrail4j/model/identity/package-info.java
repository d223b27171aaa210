/**
 * Who made a call: the sealed {@link org.cloudtrail4j.model.identity.UserIdentity} hierarchy, one variant per {@code userIdentity.type}, and the session context of temporary credentials.
 */
package org.cloudtrail4j.model.identity;
