package org.rekindle.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The address a password attempt is counted under. IPv4 as is; IPv6 by its /64, because one home
 * or one rented server holds a whole /64 and could otherwise give every guess an address of its own.
 */
final class LoginAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private LoginAddress() {
    }

    static String of(Context ctx) {
        return group(AccountAdmission.address(ctx));
    }

    static String group(String address) {
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!a.contains(":") || !IPV6_LITERAL.matcher(a).matches()) {
            return a;
        }
        try {
            // a literal made only of hex digits, colons and dots: parsed, never looked up in DNS
            if (InetAddress.getByName(a) instanceof Inet6Address v6) {
                byte[] b = v6.getAddress();
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
                }
                return s.append(":/64").toString();
            }
        } catch (UnknownHostException e) {
            // not an address after all: counted as written
        }
        return a;
    }
}
