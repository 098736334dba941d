-- What POST /api/v1/wishes/{id}/pledges asks PostgreSQL: look for the idempotency key, lock the
-- wish, insert the pledge, update the wish, append to the audit chain (advisory lock, last hash).
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
select hash from audit_entry order by seq desc limit 1;
insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id, after_digest,
                         prev_hash, hash)
values (gen_random_uuid(), now(), '00000000-0000-0000-0000-0000000000b1', 'donor', 'PLEDGE_HELD', 'pledge',
        gen_random_uuid(), md5('a') || md5('b'), md5('c') || md5('d'), md5('e') || md5('f'));
commit;
