package io.wireform.samples.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ModbusClient} against a libmodbus server: {@code src/test/c/modbus_server.c}, compiled here. */
@Timeout(60)
class LibmodbusInteropTest {
    private static Path server;

    @BeforeAll
    static void compile() throws Exception {
        Path gcc = Peers.onPath("gcc");
        Path pkgConfig = Peers.onPath("pkg-config");
        assumeTrue(gcc != null && pkgConfig != null, "gcc and pkg-config are needed (apt-get install gcc pkg-config)");
        Peers.Result flags = Peers.run(pkgConfig.toString(), "--cflags", "--libs", "libmodbus");
        assumeTrue(flags.exit() == 0, () -> "libmodbus is not installed (apt-get install libmodbus-dev)\n" + flags);
        server = Peers.target().resolve("modbus_server");
        List<String> command = new ArrayList<>(List.of(gcc.toString(), "-Wall", "-Wextra",
                "-o", server.toString(), Peers.testSource("c/modbus_server.c").toString()));
        command.addAll(List.of(flags.out().trim().split("\\s+")));
        Peers.Result compiled = Peers.run(command.toArray(String[]::new));
        assertEquals(0, compiled.exit(), compiled::toString);
        assumeTrue(Files.isExecutable(server));
    }

    @Test
    void javaClientTalksToLibmodbus() throws Exception {
        int port = Peers.freePort();
        Peers.Started peer = Peers.start(server.toString(), Integer.toString(port));
        try {
            Peers.awaitAccepting(port, peer);
            try (ModbusClient client = ModbusClient.connect("127.0.0.1", port)) {
                // the C server's map: holding register i = 1000 + i, input register i = 2000 + i, 100 of each
                assertEquals(List.of(1000, 1001, 1002, 1003, 1004), client.readHoldingRegisters(0, 5));
                assertEquals(List.of(2095, 2096, 2097, 2098, 2099), client.readInputRegisters(95, 5));

                client.writeSingleRegister(7, 0xBEEF);
                client.writeMultipleRegisters(10, List.of(1, 2, 3, 65535));
                assertEquals(List.of(1006, 0xBEEF, 1008, 1009, 1, 2, 3, 65535, 1014), client.readHoldingRegisters(6, 9));

                // past the map: libmodbus answers 83 02 (and 84 02, 86 02, 90 02), the connection goes on
                assertEquals(new ModbusResponse.ReadHoldingRegistersError(2),
                        client.call(new ModbusRequest.ReadHoldingRegisters(100, 1)));
                assertEquals(2, assertThrows(ModbusClient.ModbusException.class,
                        () -> client.readHoldingRegisters(98, 5)).exceptionCode());
                assertEquals(2, assertThrows(ModbusClient.ModbusException.class,
                        () -> client.readInputRegisters(100, 1)).exceptionCode());
                assertEquals(2, assertThrows(ModbusClient.ModbusException.class,
                        () -> client.writeSingleRegister(100, 1)).exceptionCode());
                assertEquals(2, assertThrows(ModbusClient.ModbusException.class,
                        () -> client.writeMultipleRegisters(99, List.of(1, 2))).exceptionCode());
                // a quantity over 125: exception 3, illegal data value
                assertEquals(3, assertThrows(ModbusClient.ModbusException.class,
                        () -> client.readHoldingRegisters(0, 126)).exceptionCode());

                assertEquals(List.of(1099), client.readHoldingRegisters(99, 1));
            }
        } finally {
            Peers.stop(peer.process());
        }
    }
}
