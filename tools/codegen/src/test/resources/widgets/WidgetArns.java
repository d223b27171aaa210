package com.example.widgets.internal;

import java.util.Optional;

/** What a real customization's hand-written ARN parser is: the gadget of {@code arn:aws:widgets:r:a:gadget/<name>}. */
public final class WidgetArns {
  private WidgetArns() {}

  /**
   * The gadget an ARN names.
   *
   * @param arn an ARN
   * @return the gadget; empty for another ARN
   */
  public static Optional<String> gadgetName(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[5].startsWith("gadget/")) {
      return Optional.empty();
    }
    return Optional.of(parts[5].substring("gadget/".length()).split("/")[0]);
  }
}
