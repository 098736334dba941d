package org.weiyuan.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The audit chain's sealing queries: the head, the unsealed tail, the seals. */
@ApplicationScoped
public class AuditRepository {

    /** Arbitrary constant naming the sealer's lock among PostgreSQL advisory locks (writers never take it). */
    static final long SEAL_LOCK = 0x5765_6979_7561_6EL;

    private final Pool pool;

    AuditRepository(Pool pool) {
        this.pool = pool;
    }

    /** The chain's head and the unsealed tail, as verification reports them. */
    public record Tail(long unsealed, Instant oldestUnsealed) { }

    /** The last seal: the chain's recorded end. */
    public record Seal(long batch, long lastPosition, String headHash, Instant sealedAt) { }

    /**
     * Seals up to {@code batch} committed unsealed entries in one transaction and returns how many.
     * Only the holder of the sealing lock seals: with {@code wait} false a replica that finds it taken
     * does nothing (another replica is sealing); with {@code wait} true it waits its turn. Rows are
     * taken in seq order among those committed now; a row committed later with a lower seq is simply
     * sealed in a later batch, after the head, so the chain never has to be rewritten.
     */
    public Uni<Integer> sealNext(int batch, boolean wait, Instant now) {
        return pool.withTransaction(c -> lock(c, wait).chain(locked -> !locked ? Uni.createFrom().item(0)
                : c.query("select chain_pos, hash from audit_entry where chain_pos is not null order by chain_pos desc limit 1")
                        .execute()
                        .chain(head -> {
                            long headPos = head.size() == 0 ? 0 : head.iterator().next().getLong("chain_pos");
                            String headHash = head.size() == 0 ? AuditChain.GENESIS : head.iterator().next().getString("hash");
                            return c.preparedQuery("select seq, id, occurred_at, actor_subject, actor_role, action, entity_type,"
                                            + " entity_id, before_digest, after_digest, detail from audit_entry"
                                            + " where chain_pos is null order by seq limit $1")
                                    .execute(Tuple.of(batch))
                                    .chain(rows -> {
                                        List<AuditEntry> entries = new ArrayList<>(rows.size());
                                        rows.forEach(r -> entries.add(entry(r)));
                                        if (entries.isEmpty()) {
                                            return Uni.createFrom().item(0);
                                        }
                                        AuditChain.seal(entries, headPos, headHash);
                                        return write(c, entries, now).replaceWith(entries.size());
                                    });
                        })));
    }

    private static Uni<Boolean> lock(SqlConnection c, boolean wait) {
        String sql = wait
                ? "select true as locked from (select pg_advisory_xact_lock(" + SEAL_LOCK + ")) l"
                : "select pg_try_advisory_xact_lock(" + SEAL_LOCK + ") as locked";
        return c.query(sql).execute().map(rs -> rs.iterator().next().getBoolean("locked"));
    }

    private static Uni<Void> write(SqlConnection c, List<AuditEntry> entries, Instant now) {
        int n = entries.size();
        Long[] seqs = new Long[n];
        Long[] positions = new Long[n];
        String[] prevs = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i);
            seqs[i] = e.seq;
            positions[i] = e.chainPos;
            prevs[i] = e.prevHash;
            hashes[i] = e.hash;
        }
        AuditEntry last = entries.get(n - 1);
        return c.preparedQuery("update audit_entry a set chain_pos = u.pos, prev_hash = u.prev, hash = u.h"
                        + " from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as u(seq, pos, prev, h)"
                        + " where a.seq = u.seq and a.chain_pos is null")
                .execute(Tuple.of(seqs, positions, prevs, hashes))
                .chain(updated -> {
                    if (updated.rowCount() != n) {
                        // another sealer linked some of them: roll back rather than fork the chain
                        return Uni.createFrom().failure(new IllegalStateException("audit rows sealed concurrently"));
                    }
                    return c.preparedQuery("insert into audit_seal (first_pos, last_pos, head_hash, entries, sealed_at, oldest_occurred_at)"
                                    + " values ($1, $2, $3, $4, $5, $6)")
                            .execute(Tuple.from(List.of(entries.get(0).chainPos, last.chainPos, last.hash, n,
                                    OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC),
                                    OffsetDateTime.ofInstant(entriesOldest(entries), java.time.ZoneOffset.UTC))))
                            .replaceWithVoid();
                });
    }

    private static Instant entriesOldest(List<AuditEntry> entries) {
        return entries.stream().map(e -> e.occurredAt).min(Instant::compareTo).orElseThrow();
    }

    /** How many committed entries wait for the sealer, and when the oldest of them happened. */
    public Uni<Tail> tail() {
        return pool.query("select count(*) as n, min(occurred_at) as oldest from audit_entry where chain_pos is null").execute()
                .map(rs -> {
                    Row r = rs.iterator().next();
                    OffsetDateTime oldest = r.getOffsetDateTime("oldest");
                    return new Tail(r.getLong("n"), oldest == null ? null : oldest.toInstant());
                });
    }

    /** The last seal, or null before the first. */
    public Uni<Seal> lastSeal() {
        return pool.query("select batch, last_pos, head_hash, sealed_at from audit_seal order by batch desc limit 1").execute()
                .map(rs -> {
                    if (rs.size() == 0) {
                        return null;
                    }
                    Row r = rs.iterator().next();
                    return new Seal(r.getLong("batch"), r.getLong("last_pos"), r.getString("head_hash"),
                            r.getOffsetDateTime("sealed_at").toInstant());
                });
    }

    private static AuditEntry entry(Row r) {
        AuditEntry e = new AuditEntry();
        e.seq = r.getLong("seq");
        e.id = r.getUUID("id");
        e.occurredAt = r.getOffsetDateTime("occurred_at").toInstant();
        e.actorSubject = r.getUUID("actor_subject");
        e.actorRole = r.getString("actor_role");
        e.action = r.getString("action");
        e.entityType = r.getString("entity_type");
        e.entityId = r.getUUID("entity_id");
        e.beforeDigest = r.getString("before_digest");
        e.afterDigest = r.getString("after_digest");
        e.detail = r.getString("detail");
        return e;
    }
}
