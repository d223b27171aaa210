package org.cloudtrail4j.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileGroupTest {
  private static final long MB = 1 << 20;

  @Test
  void spreadsFilesEvenlyOverAsManyGroupsAsSparksSizingGives() {
    // the benchmarks' tree: 100 files of ~120 KB, Spark's defaults (128 MB, 4 MB to open), two cores. Spark's
    // next-fit packing makes groups of 31, 31, 31 and 7 files
    List<FileGroup> groups = FileGroup.pack(files(100, 123_000), 128 * MB, 4 * MB, 2);
    assertThat(groups).extracting(g -> g.files().size()).containsExactly(25, 25, 25, 25);
  }

  @Test
  void makesOneGroupPerCoreWhenTheSplitSizeAllows() {
    // an odd total cost (2001): a per-core share rounded down (1000) would not hold the last file with another
    List<Listing.LogFile> odd = List.of(new Listing.LogFile("a", 500, null), new Listing.LogFile("b", 500, null),
        new Listing.LogFile("c", 500, null), new Listing.LogFile("d", 501, null));
    assertThat(FileGroup.pack(odd, Long.MAX_VALUE, 0, 2)).extracting(g -> g.files().size()).containsExactly(2, 2);
    assertThat(FileGroup.pack(files(100, 123_001), Long.MAX_VALUE, 4 * MB, 2)).extracting(g -> g.files().size())
        .containsExactly(50, 50);
  }

  @Test
  void makesOneGroupPerCoreWhenAFileStraddlesTheShare() {
    // b's midpoint is in the first half (the first group) but its end is past the per-core share (10): it used to
    // start a group of its own, and c another one, three tasks on two cores
    List<Listing.LogFile> uneven = List.of(new Listing.LogFile("a", 1, null), new Listing.LogFile("b", 10, null),
        new Listing.LogFile("c", 9, null));
    assertThat(FileGroup.pack(uneven, Long.MAX_VALUE, 0, 2)).extracting(g -> g.files().size()).containsExactly(2, 1);
  }

  @Test
  void keepsPathOrder() {
    List<Listing.LogFile> files = files(10, 1000);
    List<Listing.LogFile> again = new ArrayList<>();
    FileGroup.pack(files, 4000, 0, 1).forEach(g -> again.addAll(g.files()));
    assertThat(again).isEqualTo(files);
  }

  @Test
  void neverExceedsTheSplitSizeUnlessAFileDoes() {
    List<Listing.LogFile> files = new ArrayList<>();
    long[] sizes = {900, 10, 10, 10, 5000, 10, 700, 300, 10, 10};
    for (int i = 0; i < sizes.length; i++) {
      files.add(new Listing.LogFile("f" + i, sizes[i], null));
    }
    for (FileGroup g : FileGroup.pack(files, 1000, 0, 1)) {
      assertThat(g.files().size() == 1 || g.bytes() <= 1000).as("%s", g).isTrue();
    }
    assertThat(FileGroup.pack(files, 1, 1, 1)).hasSize(sizes.length);
  }

  @Test
  void packsNothingIntoNoGroups() {
    assertThat(FileGroup.pack(List.of(), 128 * MB, 4 * MB, 2)).isEmpty();
  }

  private static List<Listing.LogFile> files(int n, long size) {
    List<Listing.LogFile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Listing.LogFile(String.format("f%03d", i), size, null));
    }
    return out;
  }
}
