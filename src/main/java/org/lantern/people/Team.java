package org.lantern.people;

/** A team (ward, community team, supported-living service...) within a service. */
public record Team(long id, String name, String serviceName, int memberCount) {
}
