-- BEFORE (until 2026-12): what POST /api/v1/wishes/{id}/pledges asked PostgreSQL when every audited
-- write took one global advisory lock to append to the audit chain: look for the idempotency key,
-- lock the wish, insert the pledge, update the wish, take the chain's lock, read the last hash,
-- append. :delay (pgbench -D delay=0.005) stands for round trips spent inside the transaction
-- after the lock is taken; 0 for none.
\set w random(1, 1000)
begin;
select id from pledge where donor_subject = '00000000-0000-0000-0000-0000000000b1' and idempotency_key = md5(random()::text);
select * from wish where id = (select id from bench_wish where n = :w) for update;
insert into pledge (id, wish_id, donor_subject, amount_fen, status, on_expiry, idempotency_key, request_hash,
                    payment_reference, hold_expires_at, created_at)
values (gen_random_uuid(), (select id from bench_wish where n = :w), '00000000-0000-0000-0000-0000000000b1', 100,
        'HELD', 'REFUND', md5(random()::text), md5(random()::text) || md5(random()::text),
        'PGB' || md5(random()::text), now() + interval '30 minutes', now());
update wish set pledged_fen = pledged_fen + 100, status = 'PARTLY_FUNDED', version = version + 1, updated_at = now()
 where id = (select id from bench_wish where n = :w);
select count(*) from (select pg_advisory_xact_lock(24599826657534318)) l;
\if :delay > 0
select pg_sleep(:delay);
\endif
select hash from audit_entry where chain_pos is not null order by chain_pos desc limit 1;
insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id, after_digest,
                         prev_hash, hash, chain_pos)
values (gen_random_uuid(), now(), '00000000-0000-0000-0000-0000000000b1', 'donor', 'PLEDGE_HELD', 'pledge',
        gen_random_uuid(), md5('a') || md5('b'), md5('c') || md5('d'), md5('e') || md5('f'),
        -nextval('bench_chain_pos'));
commit;
