package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.db.Tables.PARTICIPANT;

/**
 * Turns the plain account links of Lantern 0.1 ({@code participant_link}: participant, programme,
 * account) into keyed links ({@code participant.link}) at start, before any request is served.
 * Liquibase cannot do it: it does not have the pseudonym key. The changelog drops the table once it
 * is empty ({@code 011-drop-plain-participant-link}), so after converting, the changelog is run once more.
 */
@Component
@RequiredArgsConstructor
class PlainLinkMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlainLinkMigration.class);
    static final String TABLE = "participant_link";

    private final PseudonymKey key;
    private final DSLContext db;
    private final ObjectProvider<SpringLiquibase> liquibase;

    @Override
    public void afterSingletonsInstantiated() {
        if (!tableExists()) {
            return;
        }
        int converted = convert();
        log.info("Turned {} plain survey links into keyed links; dropping the old link table", converted);
        liquibase.ifAvailable(l -> {
            try {
                l.afterPropertiesSet();
            } catch (LiquibaseException e) {
                throw new IllegalStateException("Could not drop the emptied participant_link table: " + e.getMessage(), e);
            }
        });
    }

    boolean tableExists() {
        return Boolean.TRUE.equals(db.fetchValue(DSL.field("to_regclass({0}) IS NOT NULL", Boolean.class, DSL.val("public." + TABLE))));
    }

    private record PlainLink(long participantId, long programmeId, long accountId) {
    }

    /** Converts and deletes every plain link in one transaction; returns how many there were. */
    int convert() {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            t.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
            var participantId = DSL.field(DSL.name("participant_id"), SQLDataType.BIGINT);
            var programmeId = DSL.field(DSL.name("programme_id"), SQLDataType.BIGINT);
            var accountId = DSL.field(DSL.name("account_id"), SQLDataType.BIGINT);
            List<PlainLink> links = t.select(participantId, programmeId, accountId).from(DSL.table(DSL.name(TABLE)))
                    .fetch(Records.mapping(PlainLink::new));
            var batch = t.batch(t.update(PARTICIPANT).set(PARTICIPANT.LINK, (byte[]) null).where(PARTICIPANT.ID.eq((Long) null)));
            for (PlainLink link : links) {
                batch.bind(key.link(link.programmeId(), link.accountId()), link.participantId());
            }
            if (!links.isEmpty()) {
                batch.execute();
            }
            t.deleteFrom(DSL.table(DSL.name(TABLE))).execute();
            return links.size();
        });
    }
}
