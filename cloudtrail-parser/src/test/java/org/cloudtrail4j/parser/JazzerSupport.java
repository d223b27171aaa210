package org.cloudtrail4j.parser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the Jazzer fuzz tests only on a JDK that the build's Jazzer can instrument. On a newer JDK, Jazzer's agent
 * fails on every class it reads ("Unsupported class file major version ...", one stack trace per class), so the
 * tests are skipped before the agent loads, with one line on stderr saying why. The limit is the build's
 * {@code jazzer.maxJdk} property (root pom.xml, beside {@code jazzer.version}), passed in by Surefire.
 */
final class JazzerSupport implements ExecutionCondition {
  private static final AtomicBoolean SAID = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    int jdk = Runtime.version().feature();
    int max = Integer.getInteger("jazzer.maxJdk", Integer.MAX_VALUE);
    if (jdk <= max) {
      return ConditionEvaluationResult.enabled("JDK " + jdk + " is supported by Jazzer");
    }
    String reason = "Jazzer fuzz tests skipped: JDK " + jdk + " is newer than the newest JDK the build's Jazzer "
        + "supports (" + max + "; jazzer.maxJdk in pom.xml)";
    if (SAID.compareAndSet(false, true)) {
      System.err.println(reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
