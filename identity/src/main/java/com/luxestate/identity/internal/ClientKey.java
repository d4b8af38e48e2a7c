package com.luxestate.identity.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Who a client is to the limits: its address, as Tomcat resolved it (from
 * {@code X-Forwarded-For} only when the peer is one of {@code LUXESTATE_TRUSTED_PROXIES},
 * so a client cannot pose as another address).
 */
final class ClientKey {

	private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private ClientKey() {
	}

	/**
	 * IPv6 clients are counted per /64, the block one subscriber usually gets, or they
	 * could rotate addresses.
	 */
	static String of(String clientAddress) {
		if (clientAddress == null) {
			return "client:null";
		}
		var ipv4WithPort = IPV4_WITH_PORT.matcher(clientAddress);
		if (ipv4WithPort.matches()) {
			// A proxy that writes the port would otherwise give every connection a
			// budget.
			return "client:" + ipv4WithPort.group(1);
		}
		var literal = clientAddress.replaceFirst("%.*$", "");
		if (!literal.contains(":") || !IPV6_LITERAL.matcher(literal).matches()) {
			// Never a name to resolve: the address is only ever a key here.
			return "client:" + clientAddress;
		}
		var groups = literal.split(":", -1);
		if (!literal.contains("::") && groups.length == 8) {
			return "client:" + String.join(":", Arrays.copyOf(groups, 4)) + "::/64";
		}
		try {
			var address = InetAddress.getByName(literal);
			if (address instanceof Inet4Address) {
				// An IPv4 client seen through a dual-stack socket (::ffff:203.0.113.7) is
				// that IPv4 client.
				return "client:" + address.getHostAddress();
			}
			var bytes = address.getAddress();
			var prefix = new StringBuilder("client:");
			for (var i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return "client:" + clientAddress;
		}
	}

}
