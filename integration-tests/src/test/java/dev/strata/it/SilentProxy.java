package dev.strata.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy in front of a server that can, at a moment the test chooses, stop forwarding in both
 * directions while keeping every socket open: what a partitioned network or a lost host looks like
 * to both ends (no FIN, no RST, only silence). From then on it also accepts new connections and
 * forwards nothing on them.
 */
final class SilentProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final List<Socket> sockets = new ArrayList<>();
  private volatile boolean silent;

  /** A proxy to {@code host:port} on an ephemeral port of the loopback address. */
  SilentProxy(String host, int port) throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(
        () -> {
          while (!listener.isClosed()) {
            Socket client = listener.accept();
            keep(client);
            if (!silent) {
              Socket server = keep(new Socket(host, port));
              pump(client, server);
              pump(server, client);
            }
          }
        });
  }

  /** {@code jdbcUrl} with its host and port replaced by this proxy's. */
  String url(String jdbcUrl) {
    return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + listener.getLocalPort() + "/");
  }

  /** From now on nothing passes, in either direction, and no socket is closed. */
  void silence() {
    silent = true;
  }

  private Socket keep(Socket socket) {
    synchronized (sockets) {
      sockets.add(socket);
    }
    return socket;
  }

  /** Copies {@code from} to {@code to} until the proxy falls silent or {@code from} ends. */
  private void pump(Socket from, Socket to) {
    daemon(
        () -> {
          InputStream in = from.getInputStream();
          OutputStream out = to.getOutputStream();
          byte[] buffer = new byte[8192];
          for (int n; (n = in.read(buffer)) >= 0 && !silent; ) {
            out.write(buffer, 0, n);
            out.flush();
          }
          if (!silent) {
            to.shutdownOutput(); // a clean end passes on, as it would over a working network
          }
        });
  }

  private static void daemon(IoWork work) {
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (IOException closed) {
                // the proxy or one of its sockets was closed
              }
            },
            "silent-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  @FunctionalInterface
  private interface IoWork {
    void run() throws IOException;
  }

  @Override
  public void close() throws IOException {
    silent = true;
    listener.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
