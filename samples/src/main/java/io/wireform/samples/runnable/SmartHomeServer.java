package io.wireform.samples.runnable;

import io.wireform.runtime.Payload;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * seeds/000's smart-home hub: at start it writes its device database, a real SQLite file, with
 * sqlite-jdbc; it answers every {@link DownloadDb} ({@code 4C 00 00 00}) with a {@link DbFile}
 * ({@code 43 00 00 00}, the length, the file) whose payload is streamed from disk by {@code
 * Payload.of(Path)}, never held in memory. {@link #close()} stops it and deletes the file.
 *
 * <p>Arguments: {@code [port [rows]]} (port none or 0: a free one). {@link SmartHomeClient} is the robot.
 */
public final class SmartHomeServer implements Closeable {
    /** Rows of the demo's table: a 2.5 MB database. */
    public static final int ROWS = 60_000;

    /** One row of the hub's {@code devices} table. */
    public record Device(int id, String name, String room, boolean on) {}

    private static final String[] ROOMS = {"kitchen", "living room", "bedroom", "bathroom", "hall", "garage", "office",
            "garden"};
    private static final String[] KINDS = {"ceiling light", "floor lamp", "smart plug", "thermostat", "window blind",
            "speaker", "motion sensor", "door lock"};

    private final Path directory;
    private final Path database;
    private final int rows;
    private final String sha256;
    private final WireServer<SmartHome, SmartHome> server;

    private SmartHomeServer(int port, Path directory, Path database, int rows, ServerTransport transport)
            throws IOException {
        this.directory = directory;
        this.database = database;
        this.rows = rows;
        this.sha256 = Cli.sha256(database);
        this.server = WireServer.builder(SmartHomeCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .onError(Cli::report)
                .respond(request -> request instanceof DownloadDb ? new DbFile(Payload.of(database)) : null)
                .start();
    }

    /** Writes a database of {@code rows} devices to a temporary directory and starts serving it on loopback. */
    public static SmartHomeServer start(int port, int rows) throws IOException, SQLException {
        return start(port, rows, ServerTransport.blocking());
    }

    /** As {@link #start(int, int)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static SmartHomeServer start(int port, int rows, ServerTransport transport) throws IOException, SQLException {
        Path directory = Files.createTempDirectory("smarthome-hub");
        try {
            Path database = directory.resolve("house.db");
            createDatabase(database, rows);
            return new SmartHomeServer(port, directory, database, rows, transport);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    /** The row with this id: rooms and kinds of device in turn, two in three switched on. */
    public static Device device(int id) {
        String room = ROOMS[id % ROOMS.length];
        return new Device(id, room + " " + KINDS[id / ROOMS.length % KINDS.length] + " " + id, room, id % 3 != 0);
    }

    /** {@code CREATE TABLE devices(id INTEGER PRIMARY KEY, name TEXT, room TEXT, on_off INTEGER)}, rows 1 to {@code rows}. */
    static void createDatabase(Path file, int rows) throws SQLException {
        try (Connection db = open(file, false)) {
            db.setAutoCommit(false);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE devices(id INTEGER PRIMARY KEY, name TEXT, room TEXT, on_off INTEGER)");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO devices(id, name, room, on_off) VALUES (?, ?, ?, ?)")) {
                for (int id = 1; id <= rows; id++) {
                    Device device = device(id);
                    insert.setInt(1, device.id());
                    insert.setString(2, device.name());
                    insert.setString(3, device.room());
                    insert.setInt(4, device.on() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }

    /** A connection to the SQLite file, through sqlite-jdbc's data source (no DriverManager look-up). */
    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source.getConnection();
    }

    public int port() {
        return server.port();
    }

    /** The database file it serves. */
    public Path database() {
        return database;
    }

    public int rows() {
        return rows;
    }

    public String sha256() {
        return sha256;
    }

    public long size() throws IOException {
        return Files.size(database);
    }

    /** Stops serving and deletes the database. */
    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            deleteTree(directory);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static void main(String[] args) throws Exception {
        SmartHomeServer hub = start(args.length > 0 ? Integer.parseInt(args[0]) : 0,
                args.length > 1 ? Integer.parseInt(args[1]) : ROWS);
        Runtime.getRuntime().addShutdownHook(new Thread(hub::closeQuietly));   // Ctrl-C: delete the database too
        try {
            System.out.println("hub listening at " + Cli.HOST + ":" + hub.port() + ", serving " + hub.database() + ": "
                    + hub.rows() + " devices, " + hub.size() + " bytes, SHA-256 " + hub.sha256() + "; Ctrl-C to stop");
            new CountDownLatch(1).await();
        } finally {
            hub.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e);
        }
    }
}
