package io.piiscanner.core.validate;

/**
 * What an IP address is used for, by the special-purpose ranges of RFC 6890 and its successors.
 * Only a host's address can point to a person: {@link #isHost()} tells which classes can.
 */
public enum AddressClass {
    /** Globally routable unicast. */
    PUBLIC("public"),
    /** RFC 1918 IPv4 ranges and IPv6 unique local addresses ({@code fc00::/7}). */
    PRIVATE("private"),
    /** The carrier-grade NAT range {@code 100.64.0.0/10} (RFC 6598). */
    SHARED("shared"),
    LOOPBACK("loopback"),
    LINK_LOCAL("link-local"),
    /**
     * The ranges set aside for examples: {@code 192.0.2.0/24}, {@code 198.51.100.0/24},
     * {@code 203.0.113.0/24}, {@code 2001:db8::/32} and {@code 3fff::/20}.
     */
    DOCUMENTATION("documentation"),
    MULTICAST("multicast"),
    /** {@code 0.0.0.0} and {@code ::}: no address at all. */
    UNSPECIFIED("unspecified"),
    /** {@code 0.0.0.0/8} other than {@code 0.0.0.0}: never a destination. */
    THIS_NETWORK("this-network"),
    /** {@code 240.0.0.0/4} with the broadcast address: where netmasks such as {@code 255.255.255.0} fall. */
    RESERVED("reserved");

    private final String label;

    AddressClass(String label) {
        this.label = label;
    }

    /** The class as written in a finding's detail, such as {@code link-local}. */
    public String label() {
        return label;
    }

    /** Whether an address of this class can be a host's, and so a person's. */
    public boolean isHost() {
        return this != UNSPECIFIED && this != THIS_NETWORK && this != RESERVED;
    }
}
