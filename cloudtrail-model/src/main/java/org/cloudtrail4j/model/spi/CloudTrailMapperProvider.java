package org.cloudtrail4j.model.spi;

import java.util.List;

/**
 * The mappers of one module, found by {@link java.util.ServiceLoader}: the one service a module provides, however
 * many mappers it has.
 *
 * <p>Declare it in {@code module-info.java}:
 * <pre>{@code
 * provides org.cloudtrail4j.model.spi.CloudTrailMapperProvider with com.example.MyMappers;
 * }</pre>
 * and, for classpath users, list the class in
 * {@code META-INF/services/org.cloudtrail4j.model.spi.CloudTrailMapperProvider}. Implementations need a public
 * no-argument constructor (or a public static {@code provider()} method on the module path).
 *
 * <p>A provider that cannot be loaded or whose {@link #mappers()} throws is skipped and reported (see
 * {@link CloudTrailMappers#loadProblems()}); the other providers keep working.
 *
 * @since 0.1.0
 */
public interface CloudTrailMapperProvider {
  /**
   * The mappers this provider contributes.
   *
   * @return the mappers, in the order they should be tried
   */
  List<CloudTrailEventMapper<?>> mappers();
}
