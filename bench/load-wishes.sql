-- Loads :n published wishes for the benchmark, spread over districts, kinds, targets and deadlines,
-- all belonging to the demo household of 王芳 (the per-household limit is an API rule, not a
-- database one). bench_wish numbers them so scripts can pick one at random.
begin;
create temporary table seq as select g as n from generate_series(1, :n) g;
create table bench_wish (n int primary key, id uuid not null);
insert into bench_wish select n, gen_random_uuid() from seq;
insert into wish (id, household_id, unit_id, kind, status, title, story, target_fen, pledged_fen, paid_fen,
                  deadline, district, household_category, household_severity, household_causes,
                  created_by, published_at, created_at, updated_at)
select b.id, h.id, h.unit_id,
       (array['GOODS','CASH','SERVICE','FESTIVAL_AID'])[1 + b.n % 4],
       case when b.n % 3 = 0 then 'PARTLY_FUNDED' else 'PUBLISHED' end,
       '压测微愿 ' || b.n, '用于压测的微愿。', 1000000, case when b.n % 3 = 0 then 1000 else 0 end, 0,
       current_date + 1 + b.n % 170, (array['南明区','云岩区','红花岗区','汇川区'])[1 + b.n % 4],
       'DIBAO', 'EXTREME_HARDSHIP', 'ILLNESS',
       h.owner_subject, now() - (b.n || ' seconds')::interval, now(), now()
from bench_wish b cross join (select id, unit_id, owner_subject from household where head_name = '王芳') h;
commit;
analyze wish;
analyze bench_wish;
