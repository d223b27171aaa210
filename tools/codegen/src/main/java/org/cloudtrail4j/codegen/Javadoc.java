package org.cloudtrail4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc from a service model's {@code documentation} HTML: its first sentence, with {@code <code>} spans kept as
 * {@code {@code ...}} and everything else that Javadoc would read as markup escaped, so that doclint stays quiet
 * whatever the model says.
 */
final class Javadoc {
  private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final char OPEN = '\u0001';
  private static final char CLOSE = '\u0002';
  static final int WIDTH = 118;

  private Javadoc() {}

  /** The first sentence of {@code html} as Javadoc text; empty when the model has no documentation. */
  static String summary(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String s = html;
    int end = s.indexOf("</p>");
    if (end > 0) {
      s = s.substring(0, end);
    }
    Matcher m = CODE.matcher(s);
    StringBuilder marked = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(marked, Matcher.quoteReplacement(OPEN + m.group(1) + CLOSE));
    }
    m.appendTail(marked);
    s = TAG.matcher(marked).replaceAll("");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ").replace("&amp;", "&");
    s = s.replaceAll("\\s+", " ").trim();
    s = firstSentence(s);
    return escape(s);
  }

  private static String firstSentence(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && (Character.isUpperCase(s.charAt(i + 2))
          || s.charAt(i + 2) == OPEN) && !s.substring(Math.max(0, i - 4), i + 1).endsWith("e.g.")
          && !s.substring(Math.max(0, i - 4), i + 1).endsWith("i.e.")) {
        return s.substring(0, i + 1);
      }
    }
    return s;
  }

  /** {@code text}, with OPEN...CLOSE spans as code, made safe for a Javadoc comment. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      if (open < 0) {
        out.append(plain(text.substring(i)));
        break;
      }
      out.append(plain(text.substring(i, open)));
      int close = text.indexOf(CLOSE, open);
      if (close < 0) {
        close = text.length();
      }
      String code = text.substring(open + 1, close).replace(String.valueOf(OPEN), "").trim();
      out.append(code(code));
      i = close + 1;
    }
    return out.toString().trim();
  }

  /** {@code {@code s}} when that is safe, else {@code <code>}-escaped. */
  static String code(String s) {
    if (s.isEmpty()) {
      return "";
    }
    if (s.indexOf('{') < 0 && s.indexOf('}') < 0 && s.indexOf('@') < 0 && !s.contains("*/")) {
      return "{@code " + s + "}";
    }
    return "<code>" + plain(s) + "</code>";
  }

  /** Text with every character Javadoc could read as markup escaped. */
  static String plain(String s) {
    return s.replace(String.valueOf(CLOSE), "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;").replace("*/", "*&#47;");
  }

  /** A Javadoc comment of {@code paragraphs} (already escaped) and block tags, indented by {@code indent}. */
  static String comment(String indent, List<String> paragraphs, List<String> tags) {
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs) {
      if (p.isEmpty()) {
        continue;
      }
      if (!lines.isEmpty()) {
        lines.add("");
        p = "<p>" + p;
      }
      lines.addAll(wrap(p, WIDTH - indent.length() - 3));
    }
    if (!tags.isEmpty()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      for (String t : tags) {
        lines.addAll(wrap(t, WIDTH - indent.length() - 3));
      }
    }
    if (lines.size() == 1 && lines.get(0).length() + indent.length() + 7 <= WIDTH) {
      return indent + "/** " + lines.get(0) + " */\n";
    }
    StringBuilder out = new StringBuilder(indent).append("/**\n");
    for (String l : lines) {
      out.append(indent).append(l.isEmpty() ? " *" : " * " + l).append('\n');
    }
    return out.append(indent).append(" */\n").toString();
  }

  /** A one-paragraph comment. */
  static String comment(String indent, String text, String... tags) {
    return comment(indent, List.of(text), List.of(tags));
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      // an inline tag ({@code a b}) is kept on one line
      int last = words.size() - 1;
      if (last >= 0 && words.get(last).contains("{@") && words.get(last).lastIndexOf('}') < words.get(last)
          .lastIndexOf("{@")) {
        words.set(last, words.get(last) + " " + word);
      } else if (!word.isEmpty()) {
        words.add(word);
      }
    }
    for (String word : words) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
