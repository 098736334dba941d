-- Province in a box, last step (after bench/load-stats.sql and bench/load-mutual-aid.sql): makes the
-- generated money agree with the pledges as the services would have written them, so that every
-- invariant (wish totals, ledger, escrow per wish) can be checked after the load, and names the
-- province's :donors donors. load-stats.sql records each funded wish's donations in the ledger
-- only; here each becomes the paid pledge it came from, and the held pledges count in the wish's
-- pledged total.
begin;

-- the donors: :donors subjects (accounts live in Keycloak; the database knows them by subject only)
create table bench_donor as
select g as n, md5('bench-donor-' || g)::uuid as subject from generate_series(1, :donors) g;

-- every donation in the ledger came from a paid pledge of one donor
insert into pledge (id, wish_id, donor_subject, amount_fen, status, on_expiry, idempotency_key, request_hash,
                    payment_reference, hold_expires_at, created_at, paid_at)
select gen_random_uuid(), w.id, d.subject, w.paid_fen, 'PAID', 'REFUND', 'bench-paid-' || w.id, repeat('0', 64),
       'BENCHPAID' || replace(w.id::text, '-', ''), coalesce(w.published_at, now()), coalesce(w.published_at, now()),
       coalesce(w.published_at, now())
from wish w join bench_wish b on b.id = w.id
join bench_donor d on d.n = 1 + abs(hashtext(w.id::text)) % :donors
where w.paid_fen > 0;

-- the held pledges are part of what a wish has been pledged
update wish w set pledged_fen = w.pledged_fen + h.held,
                  status = case when w.status = 'PUBLISHED' then 'PARTLY_FUNDED' else w.status end
from (select wish_id, sum(amount_fen) as held from pledge where status = 'HELD' group by wish_id) h
where h.wish_id = w.id and w.id in (select id from bench_wish);

commit;
analyze wish;
analyze pledge;
