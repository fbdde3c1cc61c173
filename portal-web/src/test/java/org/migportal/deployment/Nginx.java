package org.migportal.deployment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the one address in front of the portal's instances, on a loopback port, with its files in
 * a folder of its own. {@code ip_hash} keeps a user on one instance (all of loopback hashes alike) until that
 * instance stops answering; nginx then passes the request, and the following ones, to the next.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dir;

    private Nginx(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    static Nginx start(Path dir, int port, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("tmp"));
        String servers = upstreamPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=60s;")
                .collect(Collectors.joining("\n"));
        String config = (System.getProperty("user.name").equals("root") ? "user root;\n" : "") + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    upstream portal {
                        ip_hash;
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://portal;
                            proxy_set_header Host $http_host;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 120s;
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), servers, port);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(System.getProperty("nginx.binary", "/usr/sbin/nginx"), "-p", dir.toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString(),
                "-e", dir.resolve("error.log").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile())
                .start();
        Nginx nginx = new Nginx(process, port, dir);
        nginx.awaitListening(Duration.ofSeconds(20));
        return nginx;
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("nginx did not listen on port " + port + ": "
                            + Files.readString(dir.resolve("console.log")) + Files.readString(dir.resolve("error.log")));
                }
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
