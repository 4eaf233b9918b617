package io.wireform.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.RequestAduReader;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.modbus.ResponseAduReader;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Modbus TCP server and client on real sockets over the loopback interface: the client sends 100
 * pipelined requests, the server answers each, and every answer comes back in order.
 */
class LoopbackModbusTest {
    private static final int REQUESTS = 100;

    @Test
    @Timeout(60)
    void aHundredRequestsAndTheirAnswersCrossALoopbackConnection() throws Exception {
        EventLoopGroup serverGroup = new NioEventLoopGroup(1);
        EventLoopGroup clientGroup = new NioEventLoopGroup(1);
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Queue<ResponseAdu> responses = new ConcurrentLinkedQueue<>();
        CountDownLatch answered = new CountDownLatch(REQUESTS);
        try {
            WireframeEncoder<ResponseAdu> responseEncoder = Wireform.encoder(ResponseAduCodec.INSTANCE);
            Channel server = new ServerBootstrap()
                    .group(serverGroup)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(
                                    Wireform.decoder(RequestAduReader.builder()),
                                    responseEncoder,
                                    new SimpleChannelInboundHandler<RequestAdu>() {
                                        @Override
                                        protected void channelRead0(ChannelHandlerContext ctx, RequestAdu request) {
                                            ctx.write(answer(request));
                                        }

                                        @Override
                                        public void channelReadComplete(ChannelHandlerContext ctx) {
                                            ctx.flush();
                                        }

                                        @Override
                                        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                            errors.add(cause);
                                            ctx.close();
                                        }
                                    });
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", 0))
                    .syncUninterruptibly()
                    .channel();

            Channel client = new Bootstrap()
                    .group(clientGroup)
                    .channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(
                                    Wireform.decoder(ResponseAduReader.builder()),
                                    Wireform.encoder(RequestAduCodec.INSTANCE),
                                    new SimpleChannelInboundHandler<ResponseAdu>() {
                                        @Override
                                        protected void channelRead0(ChannelHandlerContext ctx, ResponseAdu response) {
                                            responses.add(response);
                                            answered.countDown();
                                        }

                                        @Override
                                        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                            errors.add(cause);
                                            ctx.close();
                                        }
                                    });
                        }
                    })
                    .connect(server.localAddress())
                    .syncUninterruptibly()
                    .channel();

            List<RequestAdu> sent = IntStream.range(0, REQUESTS).mapToObj(LoopbackModbusTest::request).toList();
            for (int i = 0; i < REQUESTS; i++) {
                // flushed in uneven batches, so that frames share and straddle TCP segments
                if (i % 7 == 6 || i == REQUESTS - 1) {
                    client.writeAndFlush(sent.get(i));
                } else {
                    client.write(sent.get(i));
                }
            }

            boolean all = answered.await(10, TimeUnit.SECONDS);
            assertTrue(errors.isEmpty(), () -> "errors: " + errors);
            assertTrue(all, () -> "only " + responses.size() + " of " + REQUESTS + " answers within 10 s");
            List<ResponseAdu> expected = new ArrayList<>();
            for (RequestAdu request : sent) {
                expected.add(answer(request));
            }
            assertEquals(expected, List.copyOf(responses));

            assertTrue(client.close().awaitUninterruptibly(10, TimeUnit.SECONDS));
            assertTrue(server.close().awaitUninterruptibly(10, TimeUnit.SECONDS));
            assertTrue(errors.isEmpty(), () -> "errors on close: " + errors);
        } finally {
            clientGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
            serverGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Mostly register reads of growing size, every fifth one a single register write. */
    private static RequestAdu request(int i) {
        int unit = 1 + i % 3;
        if (i % 5 == 4) {
            return new RequestAdu(i, 0, unit, new ModbusRequest.WriteSingleRegister(i, 0xA000 + i));
        }
        int quantity = 1 + (i * 13) % 125;
        return new RequestAdu(i, 0, unit, new ModbusRequest.ReadHoldingRegisters(1000 + 10 * i, quantity));
    }

    /** Register {@code n} holds the value {@code n}; a write is echoed. */
    static ResponseAdu answer(RequestAdu request) {
        ModbusResponse pdu;
        if (request.pdu() instanceof ModbusRequest.ReadHoldingRegisters read) {
            pdu = new ModbusResponse.ReadHoldingRegisters(
                    IntStream.range(read.address(), read.address() + read.quantity()).boxed().toList());
        } else if (request.pdu() instanceof ModbusRequest.WriteSingleRegister write) {
            pdu = new ModbusResponse.WriteSingleRegister(write.address(), write.value());
        } else {
            pdu = new ModbusResponse.ReadHoldingRegistersError(1); // illegal function
        }
        return new ResponseAdu(request.transactionId(), request.protocolId(), request.unitId(), pdu);
    }
}
