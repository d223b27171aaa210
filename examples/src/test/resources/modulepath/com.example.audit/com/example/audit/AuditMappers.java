package com.example.audit;

import java.util.List;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;
import org.cloudtrail4j.model.spi.EventKey;

/** This module's mappers, found by ServiceLoader through module-info's provides. */
public final class AuditMappers implements CloudTrailMapperProvider {
  @Override
  public List<CloudTrailEventMapper<?>> mappers() {
    return List.of(CloudTrailEventMapper.of(NewAccessKey.class, EventKey.of("iam", "CreateAccessKey"),
        e -> new NewAccessKey(e.requestParameters().orElseThrow().get("userName").asString().orElse("(self)"),
            e.responseElements().orElseThrow().path("accessKey", "accessKeyId").asString().orElseThrow())));
  }
}
