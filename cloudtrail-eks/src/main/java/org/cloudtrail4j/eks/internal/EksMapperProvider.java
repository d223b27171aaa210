package org.cloudtrail4j.eks.internal;

import java.util.List;
import org.cloudtrail4j.model.spi.CloudTrailEventMapper;
import org.cloudtrail4j.model.spi.CloudTrailMapperProvider;

/** The EKS module's mappers, for {@link java.util.ServiceLoader}: one typed mapper per operation, then the fallback. */
public final class EksMapperProvider implements CloudTrailMapperProvider {
  /** For {@link java.util.ServiceLoader}. */
  public EksMapperProvider() {}

  @Override
  public List<CloudTrailEventMapper<?>> mappers() {
    return List.copyOf(EksMappers.ALL);
  }
}
