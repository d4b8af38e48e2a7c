package com.luxestate.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who a client is to the limits: its address, as Tomcat resolved it (from
 * {@code X-Forwarded-For} only when the peer is one of {@code LUXESTATE_TRUSTED_PROXIES},
 * so a client cannot pose as another address).
 */
final class ClientKey {

	private ClientKey() {
	}

	/**
	 * IPv6 clients are counted per /64, the block one subscriber usually gets, or they
	 * could rotate addresses.
	 */
	static String of(String clientAddress) {
		if (clientAddress != null && clientAddress.contains(":")) {
			var groups = clientAddress.replaceFirst("%.*$", "").split(":", -1);
			if (!clientAddress.contains("::") && groups.length == 8) {
				return "client:" + String.join(":", Arrays.copyOf(groups, 4)) + "::/64";
			}
			try {
				var bytes = InetAddress.getByName(clientAddress).getAddress();
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
		return "client:" + clientAddress;
	}

}
