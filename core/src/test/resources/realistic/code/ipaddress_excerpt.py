# Copyright 2007 Google Inc.
#  Licensed to PSF under a Contributor Agreement.

"""A fast, lightweight IPv4/IPv6 manipulation library in Python.

This library is used to create/poke/manipulate IPv4 and IPv6 addresses
and networks.

"""

__version__ = '1.0'


import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def ip_address(address):
    """Take an IP string/int and return an object of the correct type.

    Args:
        address: A string or integer, the IP address.  Either IPv4 or
          IPv6 addresses may be supplied; integers less than 2**32 will
          be considered to be IPv4 by default.

    Returns:
        An IPv4Address or IPv6Address object.

    Raises:
        ValueError: if the *address* passed isn't either a v4 or a v6
          address

    """
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass

    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass

    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """Take an IP string/int and return an object of the correct type.

    Args:
        address: A string or integer, the IP network.  Either IPv4 or
          IPv6 networks may be supplied; integers less than 2**32 will
          be considered to be IPv4 by default.

    Returns:
        An IPv4Network or IPv6Network object.

    Raises:
        ValueError: if the string passed isn't either a v4 or a v6
          address. Or if the network has host bits set.

    """
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass

    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass

    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """Take an IP string/int and return an object of the correct type.

    Args:
        address: A string or integer, the IP address.  Either IPv4 or
          IPv6 addresses may be supplied; integers less than 2**32 will
          be considered to be IPv4 by default.

    Returns:
        An IPv4Interface or IPv6Interface object.

    Raises:
        ValueError: if the string passed isn't either a v4 or a v6
          address.

    Notes:
        The IPv?Interface classes describe an Address on a particular
        Network, so they're basically a combination of both the Address
        and Network classes.

    """
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass

    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass

    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """Represent an address as 4 packed bytes in network (big-endian) order.

    Args:
        address: An integer representation of an IPv4 IP address.

    Returns:
        The integer address packed as 4 bytes in network (big-endian) order.

    Raises:
        ValueError: If the integer is negative or too large to be an
          IPv4 IP address.

    """
    try:
        return address.to_bytes(4)  # big endian
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """Represent an address as 16 packed bytes in network (big-endian) order.

    Args:
        address: An integer representation of an IPv6 IP address.

    Returns:
        The integer address packed as 16 bytes in network (big-endian) order.

    """
    try:
        return address.to_bytes(16)  # big endian
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    """Helper to split the netmask and raise AddressValueError if needed"""
    addr = str(address).split('/')
    if len(addr) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return addr


def _find_address_range(addresses):
    """Find a sequence of sorted deduplicated IPv#Address.

    Args:
        addresses: a list of IPv#Address objects.

    Yields:
        A tuple containing the first and last IP addresses in the sequence.

    """
    it = iter(addresses)
    first = last = next(it)
    for ip in it:
        if ip._ip != last._ip + 1:
            yield first, last
            first = ip
        last = ip
    yield first, last


def _count_righthand_zero_bits(number, bits):
    """Count the number of zero bits on the right hand side.

    Args:
        number: an integer.
        bits: maximum number of bits to count.

    Returns:
        The number of zero bits on the right hand side of the number.

    """
    if number == 0:
        return bits
    return min(bits, (~number & (number-1)).bit_length())


def summarize_address_range(first, last):
    """Summarize a network range given the first and last IP addresses.

    Example:
        >>> list(summarize_address_range(IPv4Address('⟦IP 192.0.2.0⟧'),
        ...                              IPv4Address('⟦IP 192.0.2.130⟧')))
        ...                                #doctest: +NORMALIZE_WHITESPACE
        [IPv4Network('⟦IP 192.0.2.0⟧/25'), IPv4Network('⟦IP 192.0.2.128⟧/31'),
         IPv4Network('⟦IP 192.0.2.130⟧/32')]

    Args:
        first: the first IPv4Address or IPv6Address in the range.
        last: the last IPv4Address or IPv6Address in the range.

    Returns:
        An iterator of the summarized IPv(4|6) network objects.

    Raise:
        TypeError:
            If the first and last objects are not IP addresses.
            If the first and last objects are not the same version.
        ValueError:
            If the last object is not greater than the first.
            If the version of the first address is not 4 or 6.

    """
    if (not (isinstance(first, _BaseAddress) and
             isinstance(last, _BaseAddress))):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (
                         first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')

    if first.version == 4:
        ip = IPv4Network
    elif first.version == 6:
        ip = IPv6Network
    else:
        raise ValueError('unknown IP version')

    ip_bits = first._max_prefixlen
    first_int = first._ip
    last_int = last._ip
    while first_int <= last_int:
        nbits = min(_count_righthand_zero_bits(first_int, ip_bits),
                    (last_int - first_int + 1).bit_length() - 1)
        net = ip((first_int, ip_bits - nbits))
        yield net
        first_int += 1 << nbits
        if first_int - 1 == ip._ALL_ONES:
            break


def _collapse_addresses_internal(addresses):
    """Loops through the addresses, collapsing concurrent netblocks.

    Example:

        ip1 = IPv4Network('⟦IP 192.0.2.0⟧/26')
        ip2 = IPv4Network('⟦IP 192.0.2.64⟧/26')
        ip3 = IPv4Network('⟦IP 192.0.2.128⟧/26')
        ip4 = IPv4Network('⟦IP 192.0.2.192⟧/26')

        _collapse_addresses_internal([ip1, ip2, ip3, ip4]) ->
          [IPv4Network('⟦IP 192.0.2.0⟧/24')]

        This shouldn't be called directly; it is called via
          collapse_addresses([]).

    Args:
        addresses: A list of IPv4Network's or IPv6Network's

    Returns:
        A list of IPv4Network's or IPv6Network's depending on what we were
        passed.

    """
    # First merge
    to_merge = list(addresses)
    subnets = {}
    while to_merge:
        net = to_merge.pop()
        supernet = net.supernet()
        existing = subnets.get(supernet)
        if existing is None:
            subnets[supernet] = net
        elif existing != net:
            # Merge consecutive subnets
            del subnets[supernet]
            to_merge.append(supernet)
    # Then iterate over resulting networks, skipping subsumed subnets
    last = None
    for net in sorted(subnets.values()):
        if last is not None:
            # Since they are sorted, last.network_address <= net.network_address
            # is a given.
            if last.broadcast_address >= net.broadcast_address:
                continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Collapse a list of IP objects.

    Example:
        collapse_addresses([IPv4Network('⟦IP 192.0.2.0⟧/25'),
                            IPv4Network('⟦IP 192.0.2.128⟧/25')]) ->
                           [IPv4Network('⟦IP 192.0.2.0⟧/24')]

    Args:
        addresses: An iterator of IPv4Network or IPv6Network objects.

    Returns:
        An iterator of the collapsed IPv(4|6)Network objects.

    Raises:
        TypeError: If passed a list of mixed version objects.

    """
    addrs = []
    ips = []
    nets = []

    # split IP addresses and networks
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if ips and ips[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (
                                 ip, ips[-1]))
            ips.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if ips and ips[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (
                                 ip, ips[-1]))
            try:
                ips.append(ip.ip)
            except AttributeError:
                ips.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (
                                 ip, nets[-1]))
            nets.append(ip)

    # sort and dedup
    ips = sorted(set(ips))

    # find consecutive address ranges in the sorted sequence and summarize them
    if ips:
        for first, last in _find_address_range(ips):
            addrs.extend(summarize_address_range(first, last))

    return _collapse_addresses_internal(addrs + nets)


def get_mixed_type_key(obj):
    """Return a key suitable for sorting between networks and addresses.

    Address and Network objects are not sortable by default; they're
    fundamentally different so the expression

        IPv4Address('⟦IP 192.0.2.0⟧') <= IPv4Network('⟦IP 192.0.2.0⟧/24')

    doesn't make any sense.  There are some times however, where you may wish
    to have ipaddress sort these for you anyway. If you need to do this, you
    can use this function as the key= argument to sorted().

    Args:
      obj: either a Network or Address object.
    Returns:
      appropriate key.

    """
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    elif isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:

    """The mother class."""

    __slots__ = ()

    @property
    def exploded(self):
        """Return the longhand version of the IP address as a string."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """Return the shorthand version of the IP address as a string."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS pointer for the IP address, e.g.:
            >>> ipaddress.ip_address("⟦IP 127.0.0.1⟧").reverse_pointer
            '⟦IP 1.0.0.127⟧.in-addr.arpa'
            >>> ipaddress.ip_address("⟦IP 2001:db8::1⟧").reverse_pointer
            '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'

        """
        return self._reverse_pointer()

    @property
    def version(self):
        msg = '%200s has no version specified' % (type(self),)
        raise NotImplementedError(msg)

    def _check_int_address(self, address):
        if address < 0:
            msg = "%d (< 0) is not permitted as an IPv%d address"
            raise AddressValueError(msg % (address, self._version))
        if address > self._ALL_ONES:
            msg = "%d (>= 2**%d) is not permitted as an IPv%d address"

        return (not (self.network_address in IPv4Network('⟦IP 100.64.0.0⟧/10') and
                    self.broadcast_address in IPv4Network('⟦IP 100.64.0.0⟧/10')) and
                not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('⟦IP 169.254.0.0⟧/16')

    _loopback_network = IPv4Network('⟦IP 127.0.0.0⟧/8')

    _multicast_network = IPv4Network('⟦IP 224.0.0.0⟧/4')

    _public_network = IPv4Network('⟦IP 100.64.0.0⟧/10')

    _private_networks = [
        IPv4Network('0.0.0.0/8'),
        IPv4Network('⟦IP 10.0.0.0⟧/8'),
        IPv4Network('⟦IP 127.0.0.0⟧/8'),
        IPv4Network('⟦IP 169.254.0.0⟧/16'),
        IPv4Network('⟦IP 172.16.0.0⟧/12'),
        IPv4Network('⟦IP 192.0.0.0⟧/29'),
        IPv4Network('⟦IP 192.0.0.170⟧/31'),
        IPv4Network('⟦IP 192.0.2.0⟧/24'),
        IPv4Network('⟦IP 192.168.0.0⟧/16'),
        IPv4Network('⟦IP 198.18.0.0⟧/15'),
        IPv4Network('⟦IP 198.51.100.0⟧/24'),
        IPv4Network('⟦IP 203.0.113.0⟧/24'),
        IPv4Network('⟦IP 240.0.0.0⟧/4'),
        IPv4Network('255.255.255.255/32'),
        ]

    _reserved_network = IPv4Network('⟦IP 240.0.0.0⟧/4')

    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants


class _BaseV6:

    """Base IPv6 object.


class _IPv6Constants:

    _linklocal_network = IPv6Network('⟦IP fe80::⟧/10')

    _multicast_network = IPv6Network('⟦IP ff00::⟧/8')

    _private_networks = [
        IPv6Network('⟦IP ::1⟧/128'),
        IPv6Network('::/128'),
        IPv6Network('⟦IP ::ffff:0:0⟧/96'),
        IPv6Network('⟦IP 100::⟧/64'),
        IPv6Network('⟦IP 2001::⟧/23'),
        IPv6Network('⟦IP 2001:2::⟧/48'),
        IPv6Network('⟦IP 2001:db8::⟧/32'),
        IPv6Network('⟦IP 2001:10::⟧/28'),
        IPv6Network('⟦IP fc00::⟧/7'),
        IPv6Network('⟦IP fe80::⟧/10'),
        ]

    _reserved_networks = [
        IPv6Network('::/8'), IPv6Network('⟦IP 100::⟧/8'),
        IPv6Network('⟦IP 200::⟧/7'), IPv6Network('⟦IP 400::⟧/6'),
        IPv6Network('⟦IP 800::⟧/5'), IPv6Network('⟦IP 1000::⟧/4'),
        IPv6Network('⟦IP 4000::⟧/3'), IPv6Network('⟦IP 6000::⟧/3'),
        IPv6Network('⟦IP 8000::⟧/3'), IPv6Network('⟦IP A000::⟧/3'),
        IPv6Network('⟦IP C000::⟧/3'), IPv6Network('⟦IP E000::⟧/4'),
        IPv6Network('⟦IP F000::⟧/5'), IPv6Network('⟦IP F800::⟧/6'),
        IPv6Network('⟦IP FE00::⟧/9'),
    ]

    _sitelocal_network = IPv6Network('⟦IP fec0::⟧/10')


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
