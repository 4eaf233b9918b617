package io.wireform.gateway;

import io.wireform.gateway.broker.LocalKafka;
import io.wireform.kafka.WireSerdes;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.modbus.ModbusClient;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.runnable.DeviceSimulator;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The gateway end to end, in one command: a broker (a {@link LocalKafka}, or yours), the {@link
 * Gateway}, seeds/004 device simulators and a Modbus client sending through it, and a consumer that
 * decodes what arrives on Kafka with the same codecs and prints it by device and kind.
 *
 * <p>Arguments, each optional: {@code bootstrap=host:port} (a broker of your own; without it a
 * one-node broker is started for the run and stopped after), {@code devices=4}, {@code blocks=5000}
 * (per device), {@code modbus=200} (requests), and {@code serve}: start the gateway and the consumer
 * and run until stopped (Ctrl-C), printing every message, for devices of your own.
 *
 * <pre>mvn -q -pl gateway -am -Pgateway -DskipTests package [-Dgateway.args="bootstrap=127.0.0.1:9092 devices=8"]</pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        int devices = Integer.parseInt(options.getOrDefault("devices", "4"));
        int blocks = Integer.parseInt(options.getOrDefault("blocks", "5000"));
        int modbus = Integer.parseInt(options.getOrDefault("modbus", "200"));
        List<Closeable> open = new ArrayList<>();
        try {
            String bootstrap = options.get("bootstrap");
            if (bootstrap == null) {
                System.out.println("starting a one-node Kafka broker (KRaft) in a JVM of its own...");
                LocalKafka kafka = LocalKafka.start();
                open.add(0, kafka);
                bootstrap = kafka.bootstrapServers();
                System.out.println("broker at " + bootstrap + " (pid " + kafka.pid() + ")");
            }
            createTopics(bootstrap);
            if (options.containsKey("serve")) {
                serve(bootstrap, open);
            } else {
                run(bootstrap, devices, blocks, modbus, open);
            }
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    /** The gateway's topics: device blocks in 3 partitions (by device key), Modbus requests in 1; kept if they exist. */
    static void createTopics(String bootstrap) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (NewTopic topic : List.of(new NewTopic(Gateway.DEVICE_TOPIC, 3, (short) 1),
                    new NewTopic(Gateway.MODBUS_TOPIC, 1, (short) 1))) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("no answer from the broker at " + bootstrap, e);
                }
            }
        }
    }

    private static void run(String bootstrap, int devices, int blocksPerDevice, int requests, List<Closeable> open)
            throws Exception {
        long since = System.currentTimeMillis();   // records of earlier runs on a broker of yours are older
        Map<String, Map<String, Integer>> byDevice = new ConcurrentHashMap<>();
        LongAdder blocksSeen = new LongAdder();
        LongAdder requestsSeen = new LongAdder();
        AtomicLong lastSeen = new AtomicLong();
        String group = "gateway-demo-" + since;
        open.add(0, DecodingConsumer.start(bootstrap, group, Gateway.DEVICE_TOPIC,
                WireSerdes.deserializer(DeviceBlockCodec.INSTANCE), (ConsumerRecord<String, DeviceBlock> r) -> {
                    if (r.timestamp() >= since) {
                        byDevice.computeIfAbsent(r.key(), k -> new TreeMap<>()).merge(FrameCounts.kind(r.value()), 1, Integer::sum);
                        blocksSeen.increment();
                        lastSeen.set(System.nanoTime());
                    }
                }, bad -> System.out.println("skipped a malformed record: " + bad)));
        open.add(0, DecodingConsumer.start(bootstrap, group, Gateway.MODBUS_TOPIC,
                WireSerdes.deserializer(RequestAduCodec.INSTANCE), (ConsumerRecord<String, RequestAdu> r) -> {
                    if (r.timestamp() >= since) {
                        requestsSeen.increment();
                        lastSeen.set(System.nanoTime());
                    }
                }, bad -> System.out.println("skipped a malformed record: " + bad)));
        Gateway gateway = Gateway.start(bootstrap, Gateway.Topics.DEFAULT, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, error) -> System.out.println("connection from " + peer + " failed: " + error));
        open.add(0, gateway);
        System.out.println("gateway: seeds/004 devices at " + Gateway.where(gateway.deviceAddress())
                + ", Modbus TCP at " + Gateway.where(gateway.modbusAddress()) + " -> topics "
                + Gateway.DEVICE_TOPIC + ", " + Gateway.MODBUS_TOPIC);

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<DeviceSimulator.Sent>> sent = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            long seed = i;
            sent.add(pool.submit(() -> DeviceSimulator.send("127.0.0.1", gateway.deviceAddress().getPort(),
                    blocksPerDevice, true, seed)));
        }
        try (ModbusClient client = ModbusClient.connect("127.0.0.1", gateway.modbusAddress().getPort())) {
            for (int i = 0; i < requests; i++) {
                if (i % 2 == 0) {
                    client.writeSingleRegister(i % 1000, i);
                } else {
                    client.readHoldingRegisters(i % 990, 10);
                }
            }
        }
        long blocksSent = 0;
        long noise = 0;
        for (Future<DeviceSimulator.Sent> f : sent) {
            DeviceSimulator.Sent s = f.get();
            blocksSent += s.blocks().values().stream().mapToInt(Integer::intValue).sum();
            noise += s.noise();
        }
        pool.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((blocksSeen.sum() < blocksSent || requestsSeen.sum() < requests) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        double seconds = (lastSeen.get() - start) / 1e9;
        System.out.println(devices + " devices sent " + blocksSent + " blocks with " + noise
                + " bytes of noise; the Modbus client sent " + requests + " requests");
        System.out.println("consumer decoded " + blocksSeen.sum() + " blocks and " + requestsSeen.sum()
                + " Modbus requests from Kafka in " + String.format("%.1f", seconds) + " s; the gateway skipped "
                + gateway.droppedBytes() + " bytes of noise");
        new TreeMap<>(byDevice).forEach((device, kinds) -> System.out.println("  " + device + ": " + kinds));
        if (blocksSeen.sum() != blocksSent || requestsSeen.sum() != requests) {
            throw new IllegalStateException("the consumer did not see every message within 60 s");
        }
    }

    private static void serve(String bootstrap, List<Closeable> open) throws IOException, InterruptedException {
        String group = "gateway-serve";
        open.add(0, DecodingConsumer.start(bootstrap, group, Gateway.DEVICE_TOPIC,
                WireSerdes.deserializer(DeviceBlockCodec.INSTANCE),
                (ConsumerRecord<String, DeviceBlock> r) -> System.out.println(Gateway.DEVICE_TOPIC + "-" + r.partition()
                        + "@" + r.offset() + " " + r.key() + ": " + FrameCounts.kind(r.value())),
                bad -> System.out.println("skipped a malformed record: " + bad)));
        open.add(0, DecodingConsumer.start(bootstrap, group, Gateway.MODBUS_TOPIC,
                WireSerdes.deserializer(RequestAduCodec.INSTANCE),
                (ConsumerRecord<String, RequestAdu> r) -> System.out.println(Gateway.MODBUS_TOPIC + "-" + r.partition()
                        + "@" + r.offset() + " " + r.key() + ": " + r.value().pdu()),
                bad -> System.out.println("skipped a malformed record: " + bad)));
        Gateway gateway = Gateway.start(bootstrap, Gateway.Topics.DEFAULT, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, error) -> System.out.println("connection from " + peer + " failed: " + error));
        open.add(0, gateway);
        System.out.println("gateway: seeds/004 devices at " + Gateway.where(gateway.deviceAddress())
                + " (DeviceSimulator " + gateway.deviceAddress().getPort() + "), Modbus TCP at "
                + Gateway.where(gateway.modbusAddress()) + " (ModbusClient 127.0.0.1 " + gateway.modbusAddress().getPort()
                + "); Ctrl-C to stop");
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt));
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException stopped) {
            System.out.println("stopping");
        }
    }
}
