package org.cloudtrail4j.spark.internal;

import org.apache.spark.sql.types.StructType;
import org.cloudtrail4j.model.Addendum;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.model.EdgeDeviceDetails;
import org.cloudtrail4j.model.InsightDetails;
import org.cloudtrail4j.model.Resource;
import org.cloudtrail4j.model.TlsDetails;
import org.cloudtrail4j.model.identity.InScopeOf;
import org.cloudtrail4j.model.identity.OnBehalfOf;
import org.cloudtrail4j.model.identity.SessionAttributes;
import org.cloudtrail4j.model.identity.SessionContext;
import org.cloudtrail4j.model.identity.SessionIssuer;
import org.cloudtrail4j.model.identity.UserIdentity;
import org.cloudtrail4j.model.identity.WebIdFederationData;
import org.cloudtrail4j.model.internal.EventParts;

/**
 * The columns of {@code format("cloudtrail")}: one per member of a CloudTrail record, named as CloudTrail spells them
 * (Spark resolves names case-insensitively, so queries written for Athena's lower-case CloudTrail table run as they
 * are), in the order CloudTrail writes them. Scalars are typed ({@code eventTime} a timestamp, {@code readOnly} a
 * boolean), nested objects are structs, and the free-form members ({@code requestParameters},
 * {@code responseElements}, {@code additionalEventData}, {@code serviceEventDetails}, {@code eventContext}) are their
 * JSON text, for {@code get_json_object}, {@code from_json} or {@code parse_json}. Top-level members this version does
 * not know are kept in {@code unknownFields}.
 */
public final class EventSchema {
  private EventSchema() {}

  static final Fields<CloudTrailEvent> EVENT = event();

  /** The data columns (without the metadata columns). */
  public static final StructType SCHEMA = EVENT.schema();

  private static Fields<CloudTrailEvent> event() {
    Fields<SessionAttributes> attributes = new Fields<SessionAttributes>()
        .bool("mfaAuthenticated", SessionAttributes::mfaAuthenticated)
        .time("creationDate", SessionAttributes::creationDate);
    Fields<SessionIssuer> issuer = new Fields<SessionIssuer>()
        .string("type", SessionIssuer::type)
        .string("principalId", SessionIssuer::principalId)
        .string("arn", SessionIssuer::arn)
        .string("accountId", SessionIssuer::accountId)
        .string("userName", SessionIssuer::userName);
    Fields<WebIdFederationData> webId = new Fields<WebIdFederationData>()
        .string("federatedProvider", WebIdFederationData::federatedProvider)
        .json("attributes", WebIdFederationData::attributes);
    Fields<SessionContext> session = new Fields<SessionContext>()
        .inner("attributes", SessionContext::attributes, attributes)
        .inner("sessionIssuer", SessionContext::sessionIssuer, issuer)
        .inner("webIdFederationData", SessionContext::webIdFederationData, webId)
        .string("sourceIdentity", SessionContext::sourceIdentity)
        .string("ec2RoleDelivery", SessionContext::ec2RoleDelivery)
        .bool("assumedRoot", SessionContext::assumedRoot);
    Fields<OnBehalfOf> onBehalfOf = new Fields<OnBehalfOf>()
        .string("userId", OnBehalfOf::userId)
        .string("identityStoreArn", OnBehalfOf::identityStoreArn);
    Fields<InScopeOf> inScopeOf = new Fields<InScopeOf>()
        .string("sourceArn", InScopeOf::sourceArn)
        .string("sourceAccount", InScopeOf::sourceAccount)
        .string("issuerType", InScopeOf::issuerType)
        .string("credentialsIssuedTo", InScopeOf::credentialsIssuedTo);
    Fields<UserIdentity> identity = new Fields<UserIdentity>()
        .openEnum("type", UserIdentity::type)
        .string("principalId", UserIdentity::principalId)
        .string("arn", UserIdentity::arn)
        .string("accountId", UserIdentity::accountId)
        .string("accessKeyId", UserIdentity::accessKeyId)
        .string("userName", UserIdentity::userName)
        .string("invokedBy", UserIdentity::invokedBy)
        .string("identityProvider", UserIdentity::identityProvider)
        .string("credentialId", UserIdentity::credentialId)
        .inner("sessionContext", UserIdentity::sessionContext, session)
        .inner("onBehalfOf", UserIdentity::onBehalfOf, onBehalfOf)
        .inner("inScopeOf", UserIdentity::inScopeOf, inScopeOf)
        .json("invokedByDelegate", UserIdentity::invokedByDelegate)
        .unknown("unknownFields", UserIdentity::unknownFields);
    Fields<Resource> resource = new Fields<Resource>()
        .string("arn", Resource::arn)
        .string("arnPrefix", Resource::arnPrefix)
        .string("accountId", Resource::accountId)
        .string("type", Resource::type);
    Fields<Addendum> addendum = new Fields<Addendum>()
        .string("reason", Addendum::reason)
        .string("updatedFields", Addendum::updatedFields)
        .string("originalRequestID", Addendum::originalRequestID)
        .string("originalEventID", Addendum::originalEventID);
    Fields<EdgeDeviceDetails> edge = new Fields<EdgeDeviceDetails>()
        .string("type", EdgeDeviceDetails::type)
        .string("deviceID", EdgeDeviceDetails::deviceID)
        .string("snowJobId", EdgeDeviceDetails::snowJobId)
        .string("deviceFamily", EdgeDeviceDetails::deviceFamily)
        .json("attributes", EdgeDeviceDetails::attributes);
    Fields<TlsDetails> tls = new Fields<TlsDetails>()
        .string("tlsVersion", TlsDetails::tlsVersion)
        .string("cipherSuite", TlsDetails::cipherSuite)
        .string("clientProvidedHostHeader", TlsDetails::clientProvidedHostHeader);
    Fields<InsightDetails> insight = new Fields<InsightDetails>()
        .string("state", InsightDetails::state)
        .string("eventSource", InsightDetails::eventSource)
        .string("eventName", InsightDetails::eventName)
        .string("insightType", InsightDetails::insightType)
        .string("errorCode", InsightDetails::errorCode)
        .json("insightContext", InsightDetails::insightContext);
    return new Fields<CloudTrailEvent>()
        .string("eventVersion", CloudTrailEvent::eventVersion)
        .struct("userIdentity", CloudTrailEvent::userIdentity, identity)
        .time("eventTime", CloudTrailEvent::eventTime)
        .string("eventSource", CloudTrailEvent::eventSource)
        .string("eventName", CloudTrailEvent::eventName)
        .string("awsRegion", CloudTrailEvent::awsRegion)
        .string("sourceIPAddress", CloudTrailEvent::sourceIPAddress)
        .string("userAgent", CloudTrailEvent::userAgent)
        .string("errorCode", CloudTrailEvent::errorCode)
        .string("errorMessage", CloudTrailEvent::errorMessage)
        .json("requestParameters", EventParts.REQUEST_PARAMETERS, CloudTrailEvent::requestParameters)
        .json("responseElements", EventParts.RESPONSE_ELEMENTS, CloudTrailEvent::responseElements)
        .json("additionalEventData", EventParts.ADDITIONAL_EVENT_DATA, CloudTrailEvent::additionalEventData)
        .id("requestID", EventParts.REQUEST_ID, CloudTrailEvent::requestID)
        .id("eventID", EventParts.EVENT_ID, CloudTrailEvent::eventID)
        .openEnum("eventType", CloudTrailEvent::eventType)
        .string("apiVersion", CloudTrailEvent::apiVersion)
        .bool("managementEvent", CloudTrailEvent::managementEvent)
        .bool("readOnly", CloudTrailEvent::readOnly)
        .array("resources", CloudTrailEvent::resources, resource)
        .string("recipientAccountId", CloudTrailEvent::recipientAccountId)
        .json("serviceEventDetails", EventParts.SERVICE_EVENT_DETAILS, CloudTrailEvent::serviceEventDetails)
        .id("sharedEventID", EventParts.SHARED_EVENT_ID, CloudTrailEvent::sharedEventID)
        .string("vpcEndpointId", CloudTrailEvent::vpcEndpointId)
        .string("vpcEndpointAccountId", CloudTrailEvent::vpcEndpointAccountId)
        .openEnum("eventCategory", CloudTrailEvent::eventCategory)
        .struct("addendum", CloudTrailEvent::addendum, addendum)
        .bool("sessionCredentialFromConsole", CloudTrailEvent::sessionCredentialFromConsole)
        .struct("edgeDeviceDetails", CloudTrailEvent::edgeDeviceDetails, edge)
        .struct("tlsDetails", CloudTrailEvent::tlsDetails, tls)
        .struct("insightDetails", CloudTrailEvent::insightDetails, insight)
        .json("eventContext", EventParts.EVENT_CONTEXT, CloudTrailEvent::eventContext)
        .unique("annotation", CloudTrailEvent::annotation)
        .unknown("unknownFields", CloudTrailEvent::unknownFields);
  }
}
