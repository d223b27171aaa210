package org.cloudtrail4j.parser.internal;

import org.cloudtrail4j.model.internal.JsonScanner;

/**
 * Where a record's {@code userIdentity} object ends, and what it decoded to, remembered by its bytes: one session's
 * calls repeat their identity byte for byte (about 460 bytes, a fifth of a generated record's bytes), and finding its
 * end is a pass of {@link JsonScanner#skipStructure} over all of them. When the bytes at the value's start begin with
 * an identity that pass accepted before, they are that identity, and the pass would accept them again and end at the
 * same byte: its result depends on nothing but those bytes and the depth limit, which is the scanner's own. So a
 * repeat costs a hash of its first 64 bytes and a compare.
 *
 * <p>The slot of the last {@link #skip} stays in {@link #lastSlot} until the next one, so that the
 * {@link IdentityDecoder} keeps the identity it decodes from those bytes in the same slot (the value is
 * {@link Boolean#TRUE} until then): a repeated identity is then decoded once, and its bytes are compared once.
 *
 * <p>A {@link KeyRing} keyed by the whole object's bytes, its set of {@value #WAYS} slots chosen by the first
 * {@value #PREFIX} bytes (the type and the principal's ID; the sessions of one role share them, hence the ways, each
 * replaced in turn); objects shorter than that are skipped as before, as are objects over {@value #MAX_LENGTH}
 * bytes. Only for the structure-only skip of lenient reads: strict reads check the whole grammar elsewhere. One
 * instance per reading thread; not thread-safe.
 */
final class StructureMemo extends KeyRing {
  static final int PREFIX = 64;
  static final int WAYS = 4;
  private static final int MAX_LENGTH = 2048;

  /** Per set, the way the next miss replaces. */
  private byte[] next;
  /** The slot of the last {@link #skip}'s object, or -1 when it is not remembered (too short or too long). */
  int lastSlot = -1;

  /**
   * The index just past the object or array at {@code v0}, as {@link JsonScanner#skipStructure} returns it with the
   * same arguments (and throwing what it throws). {@code maxDepth} must be the same at every call.
   */
  int skip(byte[] b, int v0, int end, int maxDepth) {
    lastSlot = -1;
    if (end - v0 < PREFIX) {
      return JsonScanner.skipStructure(b, v0, end, maxDepth);
    }
    if (sizedByUse()) {
      next = new byte[slots / WAYS];
    }
    int set = slotOf(hash(b, v0, v0 + PREFIX)) & -WAYS;
    for (int way = 0; way < WAYS; way++) {
      int len = prefixAt(set + way, b, v0, end);
      if (len > 0) {
        lastSlot = set + way;
        return v0 + len;
      }
    }
    int v1 = JsonScanner.skipStructure(b, v0, end, maxDepth);
    int n = v1 - v0;
    if (n >= PREFIX && n <= MAX_LENGTH) {
      int slot = set + (next[set / WAYS]++ & (WAYS - 1));
      store(slot, b, v0, n, Boolean.TRUE);
      lastSlot = slot;
    }
    return v1;
  }
}
