package com.example.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloudtrail4j.eks.EksEvent;
import org.cloudtrail4j.model.CloudTrailEvent;
import org.cloudtrail4j.parser.CloudTrailReader;
import org.cloudtrail4j.parser.EventFilter;

/** Prints what it finds in the tree given as the first argument. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    List<CloudTrailEvent> all;
    try (Stream<CloudTrailEvent> events = CloudTrailReader.stream(Path.of(args[0]))) {
      all = events.collect(Collectors.toList());
    }
    System.out.println("records " + all.size());
    all.stream().flatMap(CloudTrailEvent.typed(EksEvent.class)).forEach(e -> System.out.println(
        "eks " + e.operation() + " " + e.clusterName().orElse("-") + " by " + e.event().principal()));
    all.stream().flatMap(CloudTrailEvent.typed(NewAccessKey.class)).forEach(k -> System.out.println("key " + k));
    CloudTrailReader failed = CloudTrailReader.builder().filter(EventFilter.eventSource("cloudtrail")).build();
    try (Stream<CloudTrailEvent> events = failed.read(Path.of(args[0]))) {
      System.out.println("cloudtrail failures " + events.filter(CloudTrailEvent::failed).count());
    }
    System.out.println("modules " + Main.class.getModule().getName() + " " + CloudTrailReader.class.getModule()
        .getName() + " " + EksEvent.class.getModule().getName());
    System.out.println("java " + Runtime.version().feature());
  }
}
