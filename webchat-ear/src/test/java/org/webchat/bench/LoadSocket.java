package org.webchat.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One socket of the load benchmark, through Netty's client: whole text frames go to a consumer, unparsed; sends may
 * come from any thread, in the order they are made; it remembers when it last sent (for {@link KeepAlive}) and how the
 * server closed it. Not the JDK's HTTP client: it spent about as much CPU opening a customer's socket as the server
 * spent welcoming the customer (a third of it compiling its own code), on the same two cores.
 */
final class LoadSocket {

    private static final int MOST_FRAME = 1 << 20;
    private static final int TIMEOUT_MILLIS = 30_000;

    private volatile Channel channel;
    private volatile long lastSent = System.nanoTime();
    private volatile String closedWith;

    private LoadSocket() {
    }

    /** The event loops a run's sockets share: one thread a core, daemons, so that they never keep the JVM up. */
    static final class Client {
        private final EventLoopGroup loops = new MultiThreadIoEventLoopGroup(
                Runtime.getRuntime().availableProcessors(), new DefaultThreadFactory("load-socket", true),
                NioIoHandler.newFactory());
    }

    /** Opens a socket at {@code uri}; {@code cookie} and {@code origin} may be null. */
    static CompletableFuture<LoadSocket> open(Client client, String uri, String cookie, String origin,
                                              Consumer<String> onFrame) {
        URI at = URI.create(uri);
        HttpHeaders headers = new DefaultHttpHeaders();
        if (cookie != null) {
            headers.set(HttpHeaderNames.COOKIE, cookie);
        }
        if (origin != null) {
            headers.set(HttpHeaderNames.ORIGIN, origin);
        }
        // As the JDK's client did: no Origin unless given (a page's script would send its own).
        WebSocketClientProtocolConfig handshake = WebSocketClientProtocolConfig.newBuilder().webSocketUri(at)
                .customHeaders(headers).generateOriginHeader(false).handleCloseFrames(false).dropPongFrames(true)
                .maxFramePayloadLength(MOST_FRAME).handshakeTimeoutMillis(TIMEOUT_MILLIS).build();
        LoadSocket opened = new LoadSocket();
        CompletableFuture<LoadSocket> ready = new CompletableFuture<>();
        new Bootstrap().group(client.loops).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, TIMEOUT_MILLIS)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel socket) {
                        socket.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MOST_FRAME),
                                new WebSocketClientProtocolHandler(handshake), new WebSocketFrameAggregator(MOST_FRAME),
                                opened.new Frames(onFrame, ready));
                    }
                })
                .connect(at.getHost(), at.getPort())
                .addListener((ChannelFuture connected) -> {
                    if (!connected.isSuccess()) {
                        ready.completeExceptionally(connected.cause());
                    }
                });
        return ready;
    }

    /**
     * Sends a frame; a socket that is gone drops it. Sends made off the socket's event loop go in the order made; one
     * made on it (in answer to a frame) goes at once, possibly before one still waiting its turn from another thread.
     */
    synchronized void send(String frame) {
        lastSent = System.nanoTime();
        channel.writeAndFlush(new TextWebSocketFrame(frame));
    }

    long lastSent() {
        return lastSent;
    }

    boolean isOpen() {
        return closedWith == null && channel.isActive();
    }

    /** How the server closed the socket ("1008 Too many frames: slow down"); null while open. */
    String closedWith() {
        return closedWith;
    }

    /** How the sockets of {@code sockets} that are closed were closed, and how many each way. */
    static Map<String, Long> closed(Collection<LoadSocket> sockets) {
        return sockets.stream().filter(socket -> !socket.isOpen()).collect(Collectors.groupingBy(
                socket -> String.valueOf(socket.closedWith()), TreeMap::new, Collectors.counting()));
    }

    void abort() {
        if (channel != null) {
            if (closedWith == null) {
                closedWith = "closed by the load tool";
            }
            channel.close();
        }
    }

    /** The socket's end of the pipeline: its handshake's outcome, its text frames, how it closed. */
    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final Consumer<String> onFrame;
        private final CompletableFuture<LoadSocket> ready;

        Frames(Consumer<String> onFrame, CompletableFuture<LoadSocket> ready) {
            this.onFrame = onFrame;
            this.ready = ready;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            channel = context.channel();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame text) {
                onFrame.accept(text.text());
            } else if (frame instanceof CloseWebSocketFrame close) {
                closedWith = close.statusCode() + " " + close.reasonText();
                context.close();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                ready.complete(LoadSocket.this);
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                ready.completeExceptionally(new IOException("The socket's handshake timed out: " + event));
            }
            context.fireUserEventTriggered(event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable error) {
            if (closedWith == null) {
                closedWith = "error " + error;
            }
            ready.completeExceptionally(error);
            context.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (closedWith == null) {
                closedWith = "closed without a close frame";
            }
            ready.completeExceptionally(new IOException("The socket closed before its handshake ended"));
        }
    }
}
