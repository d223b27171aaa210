package org.cloudtrail4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static ReadTotals totals() {
    ReadTotals t = new ReadTotals(Progress.none());
    t.records = 123_456;
    t.problems = 2;
    t.currentSource = "AWSLogs/111122223333/CloudTrail/eu-west-1/2024/03/01/"
        + "111122223333_CloudTrail_eu-west-1_20240301T0915Z_abcdefghijklmnop.json.gz";
    return t;
  }

  @Test
  void theLineFitsTheTerminalsWidth() {
    for (int width : new int[] {20, 40, 80, 132}) {
      assertThat(Progress.line(totals(), width).length()).as("width %d", width).isLessThan(width);
    }
    assertThat(Progress.line(totals(), 132)).endsWith("abcdefghijklmnop.json.gz");
  }

  @Test
  void showsTheBytesOfAFileBeingReadAndThePercentageWhenTheSizeIsKnown() throws java.io.IOException {
    ReadTotals t = totals();
    t.inputSize = 4L << 20;
    t.counted = new CountingInputStream(new java.io.ByteArrayInputStream(new byte[1 << 20]));
    t.counted.readAllBytes();
    assertThat(Progress.line(t, 80)).startsWith("reading: 0 files, 123456 records, 2 problems, 1.0 MiB of 4.0 MiB (25%)");
    t.inputSize = 0;
    assertThat(Progress.line(t, 80)).startsWith("reading: 0 files, 123456 records, 2 problems, 1.0 MiB  ");
  }

  @Test
  void drawsAtTheGivenWidth() {
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), true, 60, 0);
    p.update(totals());
    assertThat(text.toString()).startsWith("\r").hasSizeLessThan(61);
    p.clear();
  }

  @Test
  void readsTheWidthFromColumnsWhenPlausible() {
    assertThat(Progress.parseWidth("120")).isEqualTo(120);
    assertThat(Progress.parseWidth(" 80\n")).isEqualTo(80);
    assertThat(Progress.parseWidth("0")).isNull();
    assertThat(Progress.parseWidth("wide")).isNull();
    assertThat(Progress.parseWidth(null)).isNull();
  }
}
