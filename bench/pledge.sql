-- What POST /api/v1/wishes/{id}/pledges asks PostgreSQL now, with no global lock anywhere: the
-- per-key advisory lock (retries of one Idempotency-Key take turns), look for the key, lock the
-- wish, insert the pledge, update the wish, append the audit row unsealed (AuditSealer links it
-- into the chain later, outside the transaction). :delay (pgbench -D delay=0.005) stands for round
-- trips spent inside the transaction (the backend's weiyuan.server.bench.in-transaction-delay); 0: none.
\set w random(1, 1000)
begin;
select count(*) from (select pg_advisory_xact_lock(hashtextextended('pledge|pgbench|' || md5(random()::text), 0))) l;
select id from pledge where donor_subject = '00000000-0000-0000-0000-0000000000b1' and idempotency_key = md5(random()::text);
select * from wish where id = (select id from bench_wish where n = :w) for update;
\if :delay > 0
select pg_sleep(:delay);
\endif
insert into pledge (id, wish_id, donor_subject, amount_fen, status, on_expiry, idempotency_key, request_hash,
                    payment_reference, hold_expires_at, created_at)
values (gen_random_uuid(), (select id from bench_wish where n = :w), '00000000-0000-0000-0000-0000000000b1', 100,
        'HELD', 'REFUND', md5(random()::text), md5(random()::text) || md5(random()::text),
        'PGB' || md5(random()::text), now() + interval '30 minutes', now());
update wish set pledged_fen = pledged_fen + 100, status = 'PARTLY_FUNDED', version = version + 1, updated_at = now()
 where id = (select id from bench_wish where n = :w);
insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id, after_digest)
values (gen_random_uuid(), now(), '00000000-0000-0000-0000-0000000000b1', 'donor', 'PLEDGE_HELD', 'pledge',
        gen_random_uuid(), md5('a') || md5('b'));
commit;
