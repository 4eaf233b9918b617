package io.wireform.samples.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.samples.runnable.SmartHomeClient.Download;
import io.wireform.samples.runnable.SmartHomeClient.Summary;
import io.wireform.samples.runnable.SmartHomeServer.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** seeds/000 end to end: the hub serves a real SQLite file, the robot streams it and reads every row back. */
public class SmartHomeSampleTest {
    private static final int ROWS = 5_000;

    /** The transport the hub runs on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    @Timeout(60)
    void theRowsReadBackAreTheRowsWritten(@TempDir Path directory) throws Exception {
        Path served;
        try (SmartHomeServer hub = SmartHomeServer.start(0, ROWS, transport())) {
            served = hub.database();
            Path copy = directory.resolve("house.db");
            Download download = SmartHomeClient.download(Cli.HOST, hub.port(), copy);

            assertEquals(hub.size(), download.bytes());
            assertEquals(hub.size(), download.reply().database().length());
            assertEquals(hub.sha256(), download.sha256());
            assertEquals(hub.sha256(), Cli.sha256(copy));
            List<Device> written = IntStream.rangeClosed(1, ROWS).mapToObj(SmartHomeServer::device)
                    .collect(Collectors.toList());
            assertEquals(written, SmartHomeClient.devices(hub.database()), "what the hub wrote");
            assertEquals(written, SmartHomeClient.devices(copy), "what the robot read back");
            Summary summary = SmartHomeClient.summarize(copy);
            assertEquals(ROWS, summary.rows());
            assertEquals(written.stream().filter(Device::on).count(), summary.on());
            assertEquals(written.get(0), summary.first());
            assertEquals(written.get(ROWS - 1), summary.last());
            assertTrue(download.readerBuffer() <= 256 * 1024, "streamed, not buffered: " + download.readerBuffer());
        }
        assertFalse(Files.exists(served), "close() deletes the hub's database");
        assertFalse(Files.exists(served.getParent()));
    }

    @Test
    @Timeout(60)
    void robotsDownloadAtOnce(@TempDir Path directory) throws Exception {
        ExecutorService robots = Executors.newFixedThreadPool(4);
        try (SmartHomeServer hub = SmartHomeServer.start(0, ROWS, transport())) {
            List<Future<Download>> downloads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path copy = directory.resolve("copy" + i + ".db");
                downloads.add(robots.submit(() -> SmartHomeClient.download(Cli.HOST, hub.port(), copy)));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(hub.sha256(), downloads.get(i).get().sha256());
                assertEquals(ROWS, SmartHomeClient.summarize(directory.resolve("copy" + i + ".db")).rows());
            }
        } finally {
            robots.shutdownNow();
        }
    }
}
