/**
 * JSON kept as bytes and decoded on demand: {@link org.cloudtrail4j.model.json.JsonValue}.
 */
package org.cloudtrail4j.model.json;
