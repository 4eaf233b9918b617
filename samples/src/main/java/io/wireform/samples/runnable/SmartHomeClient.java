package io.wireform.samples.runnable;

import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.samples.runnable.SmartHomeServer.Device;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * seeds/000's robot: connects to the hub, sends {@link DownloadDb}, streams the {@link DbFile}'s
 * database to a file in constant memory ({@code file.database().transferTo(path)}), then opens the
 * copy with sqlite-jdbc and reads the {@code devices} table back.
 *
 * <p>Arguments: none (starts a {@link SmartHomeServer} and downloads from it over loopback: the demo),
 * or {@code port [host]} to download from a hub already running.
 */
public final class SmartHomeClient {
    /** What a download did: the reply, the bytes written to the file, how long it took, their SHA-256, the reader's buffer. */
    public record Download(DbFile reply, long bytes, long nanos, String sha256, int readerBuffer) {
        double mebibytesPerSecond() {
            return bytes / (nanos / 1e9) / (1 << 20);
        }
    }

    /** What the copy holds: its row count, how many devices are on, its first and last rows. */
    public record Summary(int rows, int on, Device first, Device last) {}

    private SmartHomeClient() {}

    /** Asks the hub at {@code host:port} for its database and streams it into {@code file}. */
    public static Download download(String host, int port, Path file) throws IOException {
        long start = System.nanoTime();
        try (WireConnection<SmartHome, SmartHome> hub = WireClient.to(host, port, SmartHomeCodec.INSTANCE,
                SmartHomeCodec.INSTANCE).readTimeout(Cli.TIMEOUT).connect()) {
            SmartHome reply = hub.request(new DownloadDb());
            if (!(reply instanceof DbFile dbFile)) {
                throw new IOException("the hub answered " + reply + " instead of a DbFile");
            }
            dbFile.database().transferTo(file);   // from the socket to the disk, 64 KiB at a time
            long nanos = System.nanoTime() - start;
            return new Download(dbFile, Files.size(file), nanos, Cli.sha256(file), hub.frames().capacity());
        }
    }

    /** Every row of the copy's {@code devices} table, by id. */
    public static List<Device> devices(Path database) throws SQLException {
        return query(database, "SELECT id, name, room, on_off FROM devices ORDER BY id");
    }

    /** Counts the copy's rows and reads its first and last. */
    public static Summary summarize(Path database) throws SQLException {
        try (Connection db = SmartHomeServer.open(database, true); Statement sql = db.createStatement();
             ResultSet counts = sql.executeQuery("SELECT count(*), sum(on_off) FROM devices")) {
            counts.next();
            List<Device> ends = query(database, "SELECT id, name, room, on_off FROM devices "
                    + "WHERE id IN ((SELECT min(id) FROM devices), (SELECT max(id) FROM devices)) ORDER BY id");
            return new Summary(counts.getInt(1), counts.getInt(2), ends.get(0), ends.get(ends.size() - 1));
        }
    }

    private static List<Device> query(Path database, String select) throws SQLException {
        List<Device> devices = new ArrayList<>();
        try (Connection db = SmartHomeServer.open(database, true); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(select)) {
            while (rows.next()) {
                devices.add(new Device(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4) != 0));
            }
        }
        return devices;
    }

    /** Starts a hub with {@code rows} devices on loopback, downloads its database, reads it back, prints what happened. */
    public static void runOnLoopback(int rows) throws IOException, SQLException {
        Path directory = Files.createTempDirectory("smarthome-robot");
        try (SmartHomeServer hub = SmartHomeServer.start(0, rows)) {
            System.out.println("seeds/000: a robot downloads the smart-home hub's SQLite database over TCP ("
                    + Cli.HOST + ":" + hub.port() + ")");
            try (Connection db = SmartHomeServer.open(hub.database(), true)) {
                System.out.println("  hub    wrote house.db with sqlite-jdbc " + db.getMetaData().getDriverVersion() + ": "
                        + hub.rows() + " rows in devices, " + hub.size() + " bytes");
            }
            Path copy = directory.resolve("house.db");
            Download download = download(Cli.HOST, hub.port(), copy);
            System.out.println("  robot  sent DownloadDb " + HexFormat.of().formatHex(SmartHomeCodec.INSTANCE.encode(new DownloadDb()))
                    + ", got " + download.reply());
            System.out.printf(Locale.ROOT, "  robot  streamed %d bytes to a file in %.1f ms, %.0f MiB/s; its reader's buffer: %d KiB%n",
                    download.bytes(), download.nanos() / 1e6, download.mebibytesPerSecond(), download.readerBuffer() / 1024);
            System.out.println("  SHA-256 hub   " + hub.sha256());
            System.out.println("  SHA-256 robot " + download.sha256() + (download.sha256().equals(hub.sha256()) ? "  equal" : "  DIFFERENT"));
            Summary summary = summarize(copy);
            System.out.println("  robot  opened the copy with sqlite-jdbc: " + summary.rows() + " devices, " + summary.on() + " on");
            System.out.println("         first " + summary.first());
            System.out.println("         last  " + summary.last());
        } finally {
            SmartHomeServer.deleteTree(directory);
        }
        System.out.println("  hub stopped, both files deleted\n");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            runOnLoopback(SmartHomeServer.ROWS);
            return;
        }
        Path copy = Files.createTempFile("house", ".db");
        try {
            Download download = download(args.length > 1 ? args[1] : Cli.HOST, Integer.parseInt(args[0]), copy);
            System.out.printf(Locale.ROOT, "got %s: %d bytes in %.1f ms, SHA-256 %s%n", download.reply(), download.bytes(),
                    download.nanos() / 1e6, download.sha256());
            System.out.println(summarize(copy));
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
