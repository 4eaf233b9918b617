package io.wireform.samples.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ModbusClient} against {@link ModbusServer}, both in this JVM. */
@Timeout(30)
public class ModbusServerTest {
    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }


    @Test
    void everyFunctionAndItsExceptions() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server().transport(transport())
                .onError((peer, error) -> errors.add(error)).start();
             ModbusClient client = ModbusClient.connect("127.0.0.1", server.port())) {
            assertEquals(List.of(0, 1, 2), client.readHoldingRegisters(0, 3));
            assertEquals(IntStream.range(875, 1000).boxed().collect(Collectors.toList()),
                    client.readHoldingRegisters(875, 125));
            assertEquals(List.of(9970, 9980, 9990), client.readInputRegisters(997, 3));

            client.writeSingleRegister(999, 65535);
            client.writeMultipleRegisters(0, List.of(7, 8, 9));
            assertEquals(List.of(7, 8, 9, 3), client.readHoldingRegisters(0, 4));
            assertEquals(List.of(65535), client.readHoldingRegisters(999, 1));

            // illegal data address (2): any register of the range past 999
            assertEquals(new ModbusResponse.ReadHoldingRegistersError(2),
                    client.call(new ModbusRequest.ReadHoldingRegisters(998, 3)));
            assertEquals(new ModbusResponse.ReadInputRegistersError(2),
                    client.call(new ModbusRequest.ReadInputRegisters(1000, 1)));
            assertEquals(new ModbusResponse.WriteSingleRegisterError(2),
                    client.call(new ModbusRequest.WriteSingleRegister(1000, 1)));
            assertEquals(2, assertThrows(ModbusClient.ModbusException.class,
                    () -> client.writeMultipleRegisters(999, List.of(1, 2))).exceptionCode());
            // illegal data value (3): a quantity of 0, or over 125
            assertEquals(new ModbusResponse.ReadHoldingRegistersError(3),
                    client.call(new ModbusRequest.ReadHoldingRegisters(0, 0)));
            assertEquals(3, assertThrows(ModbusClient.ModbusException.class,
                    () -> client.readInputRegisters(0, 126)).exceptionCode());
            assertEquals(3, assertThrows(ModbusClient.ModbusException.class,
                    () -> client.writeMultipleRegisters(0, List.of())).exceptionCode());
            client.writeMultipleRegisters(877, IntStream.range(0, 123).boxed().toList()); // a 259-byte ADU
            assertEquals(List.of(7, 8, 9), client.readHoldingRegisters(0, 3));
            assertEquals(IntStream.range(0, 123).boxed().toList(), client.readHoldingRegisters(877, 123));
            assertEquals(List.of(), errors);

            // 124 registers make a 261-byte ADU: refused by the frame limit before the quantity is looked at
            assertThrows(IOException.class, () -> client.writeMultipleRegisters(0, IntStream.range(0, 124).boxed().toList()));
        } // closing the server waits for the connection's end, so its error has been told by now
        assertEquals(1, errors.size(), errors::toString);
        assertInstanceOf(FrameTooLargeException.class, errors.get(0));
    }

    /** An unknown function code decodes as the fallback and gets exception 1; the connection goes on. */
    @Test
    void unknownFunctionCodeIsAnsweredWithIllegalFunction() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server().transport(transport())
                .onError((peer, error) -> errors.add(error)).start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            // function 1, read coils, then function 3 on the same connection
            socket.getOutputStream().write(HexFormat.of().parseHex("000100000006010100000005" + "000200000006010300050002"));
            InputStream in = socket.getInputStream();
            // exception response: 81 01, then the registers 5 and 6
            assertEquals("000100000003018101" + "00020000000701030400050006",
                    HexFormat.of().formatHex(in.readNBytes(9 + 13)));
            // function 0x85 is no function: no answer, and the connection still serves
            socket.getOutputStream().write(HexFormat.of().parseHex("000300000003018501" + "000400000006010300070001"));
            assertEquals("00040000000501030200" + "07", HexFormat.of().formatHex(in.readNBytes(11)));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void aClosedConnectionIsNotAnAnswer() throws Exception {
        try (WireServer<RequestAdu, ResponseAdu> server = WireServer.builder(RequestAduCodec.INSTANCE, ResponseAduCodec.INSTANCE).transport(transport())
                .handler(connection -> connection.receive()).start();
             ModbusClient client = ModbusClient.connect("127.0.0.1", server.port())) {
            assertThrows(EOFException.class, () -> client.readHoldingRegisters(0, 1));
        }
    }

    @Test
    void clientMainPrintsTheRegisters() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server().transport(transport()).start()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            ModbusClient.main(new String[] {"127.0.0.1", Integer.toString(server.port()), "41", "2"});
        } finally {
            System.setOut(stdout);
        }
        assertEquals("holding register 41 = 41\nholding register 42 = 42\n",
                printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
