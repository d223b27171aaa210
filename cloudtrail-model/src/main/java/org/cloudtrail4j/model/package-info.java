/**
 * The CloudTrail record: {@link org.cloudtrail4j.model.CloudTrailEvent} and its typed members, as CloudTrail names them.
 */
package org.cloudtrail4j.model;
