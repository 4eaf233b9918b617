package io.wireform.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The MariaDB packet records against Debian's {@code mariadbd}: the handshake, a login with
 * {@code mysql_native_password} (and one refused with ERR 1045), queries answered by OK, ERR and
 * result sets with NULLs, long values and a 1 MiB row. One server for the class, stopped after it.
 * Skipped, saying what to install, only when MariaDB is absent ({@code .ci/run} installs it).
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MariaDbInteropTest {
    private static final int TIMEOUT_MILLIS = 20_000;
    private static MariaDbServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Optional<String> unavailable = MariaDbServer.unavailable();
        if (unavailable.isPresent()) {
            System.err.println("MariaDbInteropTest skipped: " + unavailable.get());
        }
        assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
        server = MariaDbServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static MariaDbClient login() throws Exception {
        return MariaDbClient.connect(server.address(), MariaDbServer.USER, MariaDbServer.PASSWORD, TIMEOUT_MILLIS);
    }

    @Test
    void handshakeAndLogin() throws Exception {
        try (MariaDbClient client = login()) {
            Handshake h = client.handshake();
            assertEquals(0, h.sequence());
            assertTrue(h.serverVersion().contains("MariaDB"), h.serverVersion());
            assertEquals("mysql_native_password", h.authPlugin());
            assertEquals(20, h.scramble().length);
            assertEquals(21, h.authDataLength());
            assertTrue((h.capabilitiesLow() & HandshakeResponse.CLIENT_PROTOCOL_41) != 0);
            // a second frame of the schema: re-encoding gives back what the server sent, byte for byte
            byte[] again = HandshakeCodec.INSTANCE.encode(h);
            assertEquals(h, withScramble(HandshakeCodec.INSTANCE.decode(again), h));
            MariaDbClient.Result r = client.query("SELECT CURRENT_USER()");
            MariaDbClient.ResultSet rs = assertInstanceOf(MariaDbClient.ResultSet.class, r);
            assertEquals(Optional.of(MariaDbServer.USER + "@%"), rs.rows().get(0).values().get(0).text());
        }
    }

    /** Records holding arrays compare by identity: the decoded copy with the original's arrays, when they agree. */
    private static Handshake withScramble(Handshake decoded, Handshake original) {
        assertArrayEquals(original.scramble1(), decoded.scramble1());
        assertArrayEquals(original.scramble2(), decoded.scramble2());
        assertArrayEquals(original.filler(), decoded.filler());
        return new Handshake(decoded.sequence(), decoded.protocolVersion(), decoded.serverVersion(),
                decoded.connectionId(), original.scramble1(), decoded.reserved(), decoded.capabilitiesLow(),
                decoded.collation(), decoded.status(), decoded.capabilitiesHigh(), decoded.authDataLength(),
                original.filler(), decoded.mariadbCapabilities(), original.scramble2(), decoded.authPlugin());
    }

    @Test
    void aWrongPasswordIsAnErrPacket() {
        MariaDbClient.ServerError e = assertThrows(MariaDbClient.ServerError.class,
                () -> MariaDbClient.connect(server.address(), MariaDbServer.USER, "not the password", TIMEOUT_MILLIS));
        assertEquals(1045, e.err().code());
        assertEquals("28000", e.err().sqlState());
        assertTrue(e.err().message().startsWith("Access denied for user 'wireform'"), e.err().message());
        assertEquals(2, e.err().sequence());
    }

    @Test
    void resultSetWithNullsAndLengthEncodedValues() throws Exception {
        try (MariaDbClient client = login()) {
            MariaDbClient.ResultSet rs = assertInstanceOf(MariaDbClient.ResultSet.class, client.query(
                    "SELECT 1 AS one, NULL AS nothing, 'héllo' AS text, '' AS empty, REPEAT('a', 300) AS long300,"
                            + " REPEAT('b', 70000) AS long70000 UNION ALL SELECT 2, 'x', NULL, NULL, NULL, NULL"));
            assertEquals(List.of("one", "nothing", "text", "empty", "long300", "long70000"),
                    rs.columns().stream().map(ColumnDefinition::columnAlias).toList());
            assertEquals("def", rs.columns().get(0).catalog());
            assertEquals(2, rs.rows().size());
            List<Row.Value> first = rs.rows().get(0).values();
            assertEquals(Optional.of("1"), first.get(0).text());
            assertEquals(Optional.empty(), first.get(1).text());
            assertEquals(Optional.of("héllo"), first.get(2).text());
            assertEquals(Optional.of(""), first.get(3).text());
            assertEquals(Optional.of("a".repeat(300)), first.get(4).text()); // FC 2C 01
            assertEquals(Optional.of("b".repeat(70_000)), first.get(5).text()); // FD 70 11 01
            List<Row.Value> second = rs.rows().get(1).values();
            assertEquals(Optional.of("2"), second.get(0).text());
            assertEquals(Optional.of("x"), second.get(1).text());
            for (int i = 2; i < 6; i++) {
                assertEquals(Optional.empty(), second.get(i).text(), "column " + i);
            }
            // the row's bytes, as the schema writes them, are the documented ones: FB for NULL
            // (sequence 10: column count 1, six definitions 2 to 7, EOF 8, the first row 9)
            assertEquals("080000" + "0a" + "0132" + "0178" + "fbfbfbfb",
                    HexFormat.of().formatHex(RowCodec.INSTANCE.encode(rs.rows().get(1))));
        }
    }

    @Test
    void okAndErrAnswersKeepTheConnectionUsable() throws Exception {
        try (MariaDbClient client = login()) {
            assertInstanceOf(MariaDbClient.Done.class, client.query("CREATE DATABASE IF NOT EXISTS wireform"));
            assertInstanceOf(MariaDbClient.Done.class, client.query("USE wireform"));
            MariaDbClient.Done done = assertInstanceOf(MariaDbClient.Done.class,
                    client.query("CREATE TEMPORARY TABLE t (id INT PRIMARY KEY AUTO_INCREMENT, v VARCHAR(10))"));
            assertEquals(0, done.ok().affectedRows());
            done = assertInstanceOf(MariaDbClient.Done.class,
                    client.query("INSERT INTO t (v) VALUES ('a'), (NULL), ('c')"));
            assertEquals(3, done.ok().affectedRows());
            assertEquals(1, done.ok().lastInsertId());
            assertEquals("Records: 3  Duplicates: 0  Warnings: 0", done.ok().infoText());
            assertEquals(List.of(), ((MariaDbClient.Done) client.query("DO 1")).ok().info());
            MariaDbClient.ServerError e = assertThrows(MariaDbClient.ServerError.class,
                    () -> client.query("SELECT * FROM no_such_table"));
            assertEquals(1146, e.err().code());
            assertEquals("42S02", e.err().sqlState());
            MariaDbClient.ResultSet rs = assertInstanceOf(MariaDbClient.ResultSet.class,
                    client.query("SELECT v FROM t ORDER BY id"));
            assertEquals(List.of(Optional.of("a"), Optional.empty(), Optional.of("c")),
                    rs.rows().stream().map(r -> r.values().get(0).text()).toList());
        }
    }

    @Test
    void aRowOfOneMebibyte() throws Exception {
        try (MariaDbClient client = login()) {
            MariaDbClient.ResultSet rs = assertInstanceOf(MariaDbClient.ResultSet.class,
                    client.query("SELECT REPEAT('z', 1048576) AS big, 7 AS after"));
            Row row = rs.rows().get(0);
            assertEquals(Optional.of("z".repeat(1 << 20)), row.values().get(0).text());
            assertEquals(Optional.of("7"), row.values().get(1).text());
            // FE and eight bytes would be wrong: 2^20 needs FD and three
            byte[] encoded = RowCodec.INSTANCE.encode(row);
            assertEquals("fd000010", HexFormat.of().formatHex(encoded, 4, 8));
            assertEquals(4 + 4 + (1 << 20) + 2, encoded.length);
        }
    }
}
