"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RE_URL_WITH_PORT = exports.RE_URL = exports.RE_ZONE_STRING = exports.RE_SUBNET_STRING = exports.RE_BAD_ADDRESS = exports.RE_BAD_CHARACTERS = exports.TYPES = exports.SCOPES = exports.GROUPS = exports.BITS = void 0;
exports.BITS = 128;
exports.GROUPS = 8;
/**
 * Represents IPv6 address scopes
 * @memberof Address6
 * @static
 */
exports.SCOPES = {
    0: 'Reserved',
    1: 'Interface local',
    2: 'Link local',
    4: 'Admin local',
    5: 'Site local',
    8: 'Organization local',
    14: 'Global',
    15: 'Reserved',
};
/**
 * Represents IPv6 address types
 * @memberof Address6
 * @static
 */
exports.TYPES = {
    '⟦IP ff01::1⟧/128': 'Multicast (All nodes on this interface)',
    '⟦IP ff01::2⟧/128': 'Multicast (All routers on this interface)',
    '⟦IP ff02::1⟧/128': 'Multicast (All nodes on this link)',
    '⟦IP ff02::2⟧/128': 'Multicast (All routers on this link)',
    '⟦IP ff05::2⟧/128': 'Multicast (All routers in this site)',
    '⟦IP ff02::5⟧/128': 'Multicast (OSPFv3 AllSPF routers)',
    '⟦IP ff02::6⟧/128': 'Multicast (OSPFv3 AllDR routers)',
    '⟦IP ff02::9⟧/128': 'Multicast (RIP routers)',
    '⟦IP ff02::a⟧/128': 'Multicast (EIGRP routers)',
    '⟦IP ff02::d⟧/128': 'Multicast (PIM routers)',
    '⟦IP ff02::16⟧/128': 'Multicast (MLDv2 reports)',
    '⟦IP ff01::fb⟧/128': 'Multicast (mDNSv6)',
    '⟦IP ff02::fb⟧/128': 'Multicast (mDNSv6)',
    '⟦IP ff05::fb⟧/128': 'Multicast (mDNSv6)',
    '⟦IP ff02::1:2⟧/128': 'Multicast (All DHCP servers and relay agents on this link)',
    '⟦IP ff05::1:2⟧/128': 'Multicast (All DHCP servers and relay agents in this site)',
    '⟦IP ff02::1:3⟧/128': 'Multicast (All DHCP servers on this link)',
    '⟦IP ff05::1:3⟧/128': 'Multicast (All DHCP servers in this site)',
    '::/128': 'Unspecified',
    '⟦IP ::1⟧/128': 'Loopback',
    '⟦IP ::ffff:0:0⟧/96': 'IPv4-mapped',
    '⟦IP ff00::⟧/8': 'Multicast',
    '⟦IP fe80::⟧/10': 'Link-local unicast',
    '⟦IP fc00::⟧/7': 'Unique local',
    '⟦IP 2002::⟧/16': '6to4',
    '⟦IP 2001:db8::⟧/32': 'Documentation',
    '⟦IP 64:ff9b::⟧/96': 'NAT64 (well-known)',
    '⟦IP 64:ff9b:1::⟧/48': 'NAT64 (local-use)',
};
/**
 * A regular expression that matches bad characters in an IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_CHARACTERS = /([^0-9a-f:/%])/gi;
/**
 * A regular expression that matches an incorrect IPv6 address
 * @memberof Address6
 * @static
 */
exports.RE_BAD_ADDRESS = /([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\/$)/gi;
/**
 * A regular expression that matches an IPv6 subnet
 * @memberof Address6
 * @static
 */
exports.RE_SUBNET_STRING = /\/\d{1,3}(?=%|$)/;
/**
 * A regular expression that matches an IPv6 zone
 * @memberof Address6
 * @static
 */
exports.RE_ZONE_STRING = /%.*$/;
exports.RE_URL = /^(?:\[([0-9a-f:.]+)\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;
exports.RE_URL_WITH_PORT = /^\[([0-9a-f:.]+)\]:([0-9]{1,5})(?:[/?#].*)?$/i;
//# sourceMappingURL=constants.js.map