package org.cloudtrail4j.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback between the S3 client and the real server, which breaks things on purpose: it answers a
 * request with an error of its own (throttling, a 500, access denied) or cuts the connection after some bytes of the
 * response. Each request gets its own connection ({@code Connection: close} is forced), so every request is seen.
 */
final class FaultProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  private static final class Rule {
    final String method;
    final String contains;
    int times;
    final int status;
    final String code;
    final long cutAfter;
    final Runnable beforeCut;

    Rule(String method, String contains, int times, int status, String code, long cutAfter, Runnable beforeCut) {
      this.method = method;
      this.contains = contains;
      this.times = times;
      this.status = status;
      this.code = code;
      this.cutAfter = cutAfter;
      this.beforeCut = beforeCut;
    }
  }

  FaultProxy(URI target) throws IOException {
    this.target = target.getPort();
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "fault-proxy");
    t.setDaemon(true);
    t.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Answers the next {@code times} requests whose request line contains {@code contains} with an S3 error. */
  void fail(String method, String contains, int times, int status, String code) {
    rules.add(new Rule(method, contains, times, status, code, -1, null));
  }

  /** Cuts the next {@code times} matching responses after {@code bytes} bytes (head included). */
  void cut(String contains, int times, long bytes) {
    cut(contains, times, bytes, null);
  }

  /** As {@link #cut(String, int, long)}, running {@code beforeCut} (on the proxy's thread) just before each cut. */
  void cut(String contains, int times, long bytes, Runnable beforeCut) {
    rules.add(new Rule("GET", contains, times, 0, null, bytes, beforeCut));
  }

  private synchronized Rule match(String requestLine) {
    for (Rule r : rules) {
      if (r.times > 0 && requestLine.startsWith(r.method + " ") && requestLine.contains(r.contains)) {
        r.times--;
        return r;
      }
    }
    return null;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread t = new Thread(() -> serve(client), "fault-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      if (head == null) {
        return;
      }
      String requestLine = head.substring(0, head.indexOf("\r\n"));
      requests.add(requestLine);
      Rule rule = match(requestLine);
      OutputStream toClient = client.getOutputStream();
      if (rule != null && rule.cutAfter < 0) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + rule.code + "</Code><Message>"
            + "injected by the test</Message><RequestId>test</RequestId></Error>";
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        toClient.write(("HTTP/1.1 " + rule.status + " Injected\r\nContent-Type: application/xml\r\nContent-Length: "
            + b.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toClient.write(b);
        toClient.flush();
        return;
      }
      StringBuilder h = new StringBuilder();
      for (String line : head.split("\r\n")) {
        if (!line.isEmpty() && !line.regionMatches(true, 0, "Connection:", 0, 11)) {
          h.append(line).append("\r\n");
        }
      }
      h.append("Connection: close\r\n\r\n");
      OutputStream toServer = upstream.getOutputStream();
      toServer.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
      toServer.flush();
      Thread up = new Thread(() -> pipe(in, toServer, Long.MAX_VALUE, null, null), "fault-proxy-up");
      up.setDaemon(true);
      up.start();
      pipe(upstream.getInputStream(), toClient, rule == null ? Long.MAX_VALUE : rule.cutAfter, client,
          rule == null ? null : rule.beforeCut);
    } catch (IOException e) {
      // a connection we cut or the client dropped
    }
  }

  private static void pipe(InputStream from, OutputStream to, long limit, Socket cut, Runnable beforeCut) {
    byte[] buf = new byte[8192];
    long sent = 0;
    try {
      int n;
      while ((n = from.read(buf)) > 0) {
        int k = (int) Math.min(n, limit - sent);
        to.write(buf, 0, k);
        to.flush();
        sent += k;
        if (sent >= limit) {
          if (beforeCut != null) {
            beforeCut.run();
          }
          cut.setSoLinger(true, 0); // a reset, as when a connection breaks
          cut.close();
          return;
        }
      }
    } catch (IOException e) {
      // the other side closed
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while ((c = in.read()) >= 0) {
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) ? state + 1 : (c == '\n' && (state == 1 || state == 3))
          ? state + 1 : 0;
      if (state == 4) {
        return b.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
