package org.cloudtrail4j.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the executable jar's manifest records. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = CloudTrailCli.class.getPackage().getImplementationVersion();
    return new String[] {"cloudtrail " + (version == null ? "(development build)" : version),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
  }
}
