package io.wireform.samples.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.stream.Framing;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNS over TCP (RFC 7766: each message after a two-byte length) against Debian's dnsmasq, started here
 * on a free loopback port as an unprivileged user, answering from its own records only; queried with
 * {@link DnsMessageCodec} through a {@link WireClient} whose framing is the two-byte length.
 */
class DnsmasqTest {
    private static Process dnsmasq;
    private static int port;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        Path program = find("dnsmasq");
        assumeTrue(program != null, "dnsmasq is not installed (apt-get install dnsmasq-base); skipping the DNS interop test");
        port = freePort();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // dnsmasq needs no privilege on a high port: run it as nobody
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        command.addAll(List.of(program.toString(), "--no-daemon", "--conf-file=/dev/null", "--pid-file=",
                "--port=" + port, "--listen-address=127.0.0.1", "--bind-interfaces", "--no-resolv", "--no-hosts",
                "--host-record=example.test,192.0.2.7", "--cname=www.example.test,example.test",
                "--mx-host=example.test,mail.example.test,10", "--host-record=mail.example.test,192.0.2.25",
                "--txt-record=example.test,hello"));
        Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("target/dns-peers"));
        log = target.resolve("dnsmasq.log");
        dnsmasq = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                if (!dnsmasq.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("dnsmasq did not listen on port " + port + ":\n" + Files.readString(log));
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (dnsmasq != null) {
            ProcessHandle.of(dnsmasq.pid()).ifPresent(ProcessHandle::destroy);
            if (!dnsmasq.waitFor(10, TimeUnit.SECONDS)) {
                ProcessHandle.of(dnsmasq.pid()).ifPresent(ProcessHandle::destroyForcibly);
                dnsmasq.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static DnsMessage ask(int id, Question question) throws IOException {
        try (WireConnection<DnsMessage, DnsMessage> connection = WireClient
                .to("127.0.0.1", port, DnsMessageCodec.INSTANCE, DnsMessageCodec.INSTANCE)
                .framing(Framing.lengthPrefixed(2))
                .readTimeout(Duration.ofSeconds(10))
                .connect()) {
            DnsMessage answer = connection.request(DnsMessage.query(id, question));
            assertEquals(id, answer.header().id());
            assertTrue(answer.header().response());
            assertEquals(List.of(question), answer.questions());
            return answer;
        }
    }

    @Test
    void aCnameAndItsAddressWithCompressedNames() throws Exception {
        DnsMessage answer = ask(0x1234, Question.in("www.example.test", DnsMessage.TYPE_A));
        assertEquals(0, answer.header().rcode(), answer::toString);
        assertEquals(2, answer.answers().size(), answer::toString);
        ResourceRecord cname = answer.answers().get(0);
        assertEquals("www.example.test", cname.name());
        assertEquals("example.test", assertInstanceOf(RData.Cname.class, cname.data()).target());
        ResourceRecord a = answer.answers().get(1);
        assertEquals("example.test", a.name());
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 7}, assertInstanceOf(RData.A.class, a.data()).address());
    }

    @Test
    void aMailExchangeWhoseNameIsCompressed() throws Exception {
        DnsMessage answer = ask(7, Question.in("example.test", DnsMessage.TYPE_MX));
        assertEquals(0, answer.header().rcode(), answer::toString);
        RData.Mx mx = assertInstanceOf(RData.Mx.class, answer.answers().get(0).data());
        assertEquals(new RData.Mx(10, "mail.example.test"), mx);
    }

    @Test
    void aTypeTheSchemaDoesNotListIsKeptByTheFallback() throws Exception {
        DnsMessage answer = ask(8, Question.in("example.test", 16));
        assertEquals(0, answer.header().rcode(), answer::toString);
        RData.Unknown txt = assertInstanceOf(RData.Unknown.class, answer.answers().get(0).data());
        assertArrayEquals(new byte[] {5, 'h', 'e', 'l', 'l', 'o'}, txt.data());
    }

    @Test
    void aNameItDoesNotServeIsRefusedOrNotFound() throws Exception {
        DnsMessage answer = ask(9, Question.in("elsewhere.invalid", DnsMessage.TYPE_A));
        assertTrue(answer.header().rcode() == 3 || answer.header().rcode() == 5, "NXDOMAIN or REFUSED, got " + answer);
        assertEquals(0, answer.answers().size());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Path find(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin")
                .split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
