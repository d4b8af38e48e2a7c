package com.luxestate.platform.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that stops answering, as a broken or overloaded one does: right after
 * its greeting, or only when asked to {@code QUIT}, after it accepted every message. It
 * keeps the connection open and says nothing, so only a client's time-out ends the wait.
 * For tests of what the service does when SMTP stalls.
 */
public final class StallingSmtpServer implements AutoCloseable {

	public enum Stall {

		/** Greets, then answers nothing. */
		AFTER_GREETING,
		/** Accepts every message (250 after DATA), then never answers QUIT. */
		ON_QUIT

	}

	private final ServerSocket server;

	private final Stall stall;

	private final List<Socket> clients = new CopyOnWriteArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger acceptedMessages = new AtomicInteger();

	private StallingSmtpServer(ServerSocket server, Stall stall) {
		this.server = server;
		this.stall = stall;
		Thread.ofPlatform().daemon().name("stalling-smtp-" + server.getLocalPort()).start(this::acceptConnections);
	}

	/** Listens on 127.0.0.1 at the given port (0: any free one). */
	public static StallingSmtpServer start(int port, Stall stall) {
		try {
			return new StallingSmtpServer(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), stall);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on port " + port, ex);
		}
	}

	public int port() {
		return server.getLocalPort();
	}

	public int connections() {
		return connections.get();
	}

	/** Messages answered with 250 after their DATA: accepted for delivery. */
	public int acceptedMessages() {
		return acceptedMessages.get();
	}

	private void acceptConnections() {
		while (!server.isClosed()) {
			try {
				var client = server.accept();
				clients.add(client);
				connections.incrementAndGet();
				Thread.ofPlatform().daemon().start(() -> converse(client));
			}
			catch (IOException ex) {
				return; // closed
			}
		}
	}

	private void converse(Socket client) {
		try (client) {
			var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
			var out = client.getOutputStream();
			reply(out, "220 stalling.test ESMTP");
			if (stall == Stall.AFTER_GREETING) {
				waitForClientToGiveUp(in);
				return;
			}
			var inData = false;
			for (var line = in.readLine(); line != null; line = in.readLine()) {
				if (inData) {
					if (line.equals(".")) {
						inData = false;
						acceptedMessages.incrementAndGet();
						reply(out, "250 2.0.0 queued");
					}
					continue;
				}
				var command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
				switch (command) {
					case "EHLO" -> reply(out, "250-stalling.test\r\n250 8BITMIME");
					case "DATA" -> {
						inData = true;
						reply(out, "354 go ahead");
					}
					case "QUIT" -> waitForClientToGiveUp(in);
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// The client gave up or the server closed: the end of this conversation
			// either way.
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static void waitForClientToGiveUp(BufferedReader in) throws IOException {
		while (in.read() >= 0) {
			// Say nothing, whatever the client sends.
		}
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// Closing anyway.
		}
		for (var client : clients) {
			try {
				client.close();
			}
			catch (IOException ex) {
				// Closing anyway.
			}
		}
	}

}
