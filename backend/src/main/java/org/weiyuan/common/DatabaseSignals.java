package org.weiyuan.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.weiyuan.common.db.PgSignals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signals between backend replicas through PostgreSQL LISTEN/NOTIFY: a signal sent inside a
 * transaction is delivered on commit only, to every replica (the inbox's live streams, the job
 * index going stale, the feed cache dropped). One listening connection per replica serves every channel
 * ({@link PgSignals} holds it).
 */
@ApplicationScoped
public class DatabaseSignals {

    public static final String INBOX = "weiyuan_inbox";
    public static final String JOBS = "weiyuan_jobs";
    /** A donor's card changed (FeedCache): sent by the wish table's trigger and after pledges. */
    public static final String FEED = "weiyuan_feed";

    final PgSignals pg;

    DatabaseSignals(PgSignals pg) {
        this.pg = pg;
    }

    private final Map<String, BroadcastProcessor<String>> channels = new ConcurrentHashMap<>();

    void start(@Observes StartupEvent e) {
        List<String> names = List.of(INBOX, JOBS, FEED);
        names.forEach(this::on);
        pg.listen(names, (channel, payload) -> channels.get(channel).onNext(payload));
    }

    void stop(@Observes ShutdownEvent e) {
        pg.close();
    }

    /**
     * Whether this replica is listening now. While it is not (the connection dropped; it retries every
     * second), inbox streams get no live updates and the job index waits for its one-minute refresh.
     */
    public boolean listening() {
        return pg.listening();
    }

    /** Payloads signalled on a channel from now on, by any replica. */
    public Multi<String> on(String channel) {
        return channels.computeIfAbsent(channel, n -> BroadcastProcessor.create());
    }

    /** Signals in the current Hibernate Reactive transaction: delivered when (and only if) it commits. */
    public Uni<Void> send(String channel, String payload) {
        return pg.notifyOnCommit(channel, payload);
    }
}
