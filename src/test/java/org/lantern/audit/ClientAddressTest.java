package org.lantern.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, "Sign-in and throttling", item 4: an IPv6 client is counted by its /64, an IPv4 client by its address. */
class ClientAddressTest {

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientAddress.key("2001:db8:1:2::5")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.key("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.key("2001:db8:1:3::5")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientAddress.key("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.key("0:0:0:0:0:0:0:1")).isEqualTo(ClientAddress.key("::1"));
    }

    @Test
    void anIpv4ClientIsCountedByItsWholeAddressWhicheverWayItIsWritten() {
        assertThat(ClientAddress.key("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.key("192.0.2.2")).isEqualTo("192.0.2.2");
        assertThat(ClientAddress.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.key(null)).isNull();
        // never a name to look up
        assertThat(ClientAddress.key("example.org")).isEqualTo("example.org");
    }
}
