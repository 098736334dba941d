-- Loads :n households (and their wishes, money, placements and service orders) for the stats
-- benchmark, spread over the Guizhou union tree: a district union per district of the reference
-- table (the seeded ones kept) and 20 grassroots unions under each, with uneven sizes.
-- Shares follow the seeds' picture of hardship files: mostly 低保 and 低保边缘, illness first.
-- Approvals and exits are audit rows as the service writes them: unsealed (no hash, no chain
-- position), so the running backend's AuditSealer links them into the chain and it verifies.
begin;

-- the tree: missing district unions, then grassroots unions
insert into union_unit (id, parent_id, level, name, path, created_at)
select x.id, x.parent_id, 'DISTRICT', x.name, x.parent_path || x.id || '/', now()
from (select gen_random_uuid() as id, p.id as parent_id, p.path as parent_path, d.name_zh || '总工会' as name
      from district d join union_unit p on p.level = 'CITY' and p.name = d.city_zh || '总工会'
      where not exists (select 1 from union_unit u where u.level = 'DISTRICT' and u.name = d.name_zh || '总工会')) x;
insert into union_unit (id, parent_id, level, name, path, created_at)
select x.id, x.parent_id, 'GRASSROOTS', x.name, x.parent_path || x.id || '/', now()
from (select gen_random_uuid() as id, d.id as parent_id, d.path as parent_path,
             replace(d.name, '总工会', '') || '第' || g || '基层工会' as name
      from union_unit d cross join generate_series(1, 20) g
      where d.level = 'DISTRICT' and d.path like (select path from union_unit where name = '贵州省总工会') || '%') x;

create temporary table gr as
select row_number() over (order by u.path) as k, u.id, replace(d.name, '总工会', '') as district
from union_unit u join union_unit d on d.id = u.parent_id
where u.level = 'GRASSROOTS' and d.level = 'DISTRICT' and u.path like (select path from union_unit where name = '贵州省总工会') || '%';
create temporary table gr_count as select count(*)::int as n from gr;

-- households: r* are independent uniform draws per row
create table bench_household as
select b.*, gr.id as unit_id
from (select g as n, gen_random_uuid() as id, 1 + floor(power(random(), 1.6) * (select n from gr_count))::int as k,
             random() as rc, random() as rs, random() as rk, random() as rt, random() as r2,
             now() - (random() * interval '1080 days') as created_at
      from generate_series(1, :n) g) b
  join gr on gr.k = least(b.k, (select n from gr_count));

insert into household (id, unit_id, registered_by, status, head_name, id_number_enc, id_number_index, district, housing,
                       other_monthly_income_fen, causes, member_count, total_monthly_income_fen, per_capita_income_fen,
                       category, severity, review_cycle, exit_reason, created_at, updated_at)
select b.id, b.unit_id, '00000000-0000-0000-0000-0000000000b2',
       case when b.rt < 0.68 then 'APPROVED' when b.rt < 0.80 then 'EXITED' when b.rt < 0.85 then 'SUBMITTED'
            when b.rt < 0.89 then 'UNDER_VERIFICATION' when b.rt < 0.91 then 'NEEDS_INFO' when b.rt < 0.96 then 'DRAFT'
            else 'REJECTED' end,
       '压测户' || b.n, 'bench', md5(b.n::text) || md5('i' || b.n), gr.district,
       (array['RENTED', 'OWNED', 'PUBLIC_RENTAL', 'EMPLOYER_DORMITORY'])[1 + b.n % 4], 0,
       -- one main cause, a second for a third of the files (stored sorted and comma-separated)
       (select string_agg(distinct c, ',' order by c) from unnest(array[
            case when b.rk < 0.38 then 'ILLNESS' when b.rk < 0.50 then 'DISABILITY' when b.rk < 0.68 then 'UNEMPLOYMENT'
                 when b.rk < 0.82 then 'CHILD_EDUCATION' when b.rk < 0.88 then 'ACCIDENT_OR_DISASTER'
                 when b.rk < 0.98 then 'LOW_INCOME' else 'OTHER' end,
            case when b.r2 < 0.15 then 'CHILD_EDUCATION' when b.r2 < 0.33 then 'LOW_INCOME' end]) as u(c) where c is not null),
       1 + b.n % 5, 100000 + b.n % 200000, (100000 + b.n % 200000) / (1 + b.n % 5),
       case when b.rc < 0.45 then 'DIBAO' when b.rc < 0.80 then 'DIBAO_MARGINAL' when b.rc < 0.92 then 'ACCIDENT_STRICKEN'
            else 'NOT_ELIGIBLE' end,
       case when b.rs < 0.30 then 'EXTREME_HARDSHIP' when b.rs < 0.85 then 'HARDSHIP' else 'NONE' end,
       1,
       case when b.rt >= 0.68 and b.rt < 0.80 then (array['RE_EMPLOYED', 'INCOME_ABOVE_THRESHOLD', 'MOVED_AWAY', 'DECEASED',
            'INELIGIBLE_ON_RECHECK', 'OTHER'])[1 + b.n % 6] end,
       b.created_at, b.created_at
from bench_household b join gr on gr.id = b.unit_id;

-- approvals (approved and exited files) a few weeks after filing, exits months after approval
insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id)
select gen_random_uuid(), least(now(), h.created_at + (1 + h.member_count * 5) * interval '1 day'),
       '00000000-0000-0000-0000-0000000000b3', 'staff', 'HOUSEHOLD_APPROVED', 'household', h.id
from household h where h.status in ('APPROVED', 'EXITED') and h.registered_by = '00000000-0000-0000-0000-0000000000b2';
insert into audit_entry (id, occurred_at, actor_subject, actor_role, action, entity_type, entity_id)
select gen_random_uuid(), h.created_at + (now() - h.created_at) * 0.7,
       '00000000-0000-0000-0000-0000000000b3', 'staff', 'HOUSEHOLD_EXITED', 'household', h.id
from household h where h.status = 'EXITED' and h.registered_by = '00000000-0000-0000-0000-0000000000b2';

-- campaigns and one wish for every fifth approved file
-- (V91: a campaign names the wish kinds and units it accepts; the bench's wishes are CASH, in the province's tree)
insert into campaign (id, unit_id, kind, name, starts_on, ends_on, created_at, accepted_kinds, accepted_unit_ids)
select gen_random_uuid(), (select id from union_unit where name = '贵州省总工会'), k, n, current_date - 400, current_date + 60, now(),
       'CASH,' || case k when 'SCHOLARSHIP' then 'SCHOLARSHIP' when 'FESTIVAL' then 'FESTIVAL_AID,GOODS' else 'GOODS,SERVICE' end,
       (select cast(id as varchar) from union_unit where name = '贵州省总工会')
from (values ('SCHOLARSHIP', '压测金秋助学'), ('FESTIVAL', '压测两节送温暖'), ('GENERAL', '压测日常帮扶')) v(k, n);
create table bench_wish as
select row_number() over () as n, gen_random_uuid() as id, h.id as household_id, h.unit_id, h.district, random() as rw,
       h.created_at + interval '40 days' as created_at
from household h where h.status = 'APPROVED' and h.registered_by = '00000000-0000-0000-0000-0000000000b2'
  and abs(hashtext(h.id::text)) % 5 = 0;
insert into wish (id, household_id, unit_id, campaign_id, kind, status, title, story, target_fen, pledged_fen, paid_fen,
                  deadline, district, household_causes, created_by, published_at, created_at, updated_at)
select w.id, w.household_id, w.unit_id,
       case when w.n % 5 < 3 then (select id from campaign where name like '压测%' order by name offset w.n % 3 limit 1) end,
       'CASH',
       case when w.rw < 0.05 then 'SUBMITTED' when w.rw < 0.25 then 'PUBLISHED' when w.rw < 0.40 then 'PARTLY_FUNDED'
            when w.rw < 0.50 then 'FUNDED' when w.rw < 0.60 then 'FULFILLING' when w.rw < 0.75 then 'FULFILLED'
            when w.rw < 0.90 then 'CLOSED' when w.rw < 0.95 then 'EXPIRED' else 'REJECTED' end,
       '压测微愿 ' || w.n, '用于压测的微愿。', 10000 + (w.n % 20) * 5000, 0, 0,
       current_date + 30, w.district, 'ILLNESS', '00000000-0000-0000-0000-0000000000b2',
       case when w.rw >= 0.05 then w.created_at end, least(now(), w.created_at), now()
from bench_wish w;

-- the ledger: each paid wish's donations into its escrow account, and what was paid out of it
insert into ledger_account (id, code, kind, name) values
    (gen_random_uuid(), 'clearing:bench', 'ASSET', '支付清算 bench'), (gen_random_uuid(), 'payout:bench', 'ASSET', '拨付 bench');
insert into ledger_account (id, code, kind, name, wish_id)
select gen_random_uuid(), 'escrow:wish:' || w.id, 'LIABILITY', '微愿托管 ' || w.id, w.id
from wish w join bench_wish b on b.id = w.id where w.status in ('PARTLY_FUNDED', 'FUNDED', 'FULFILLING', 'FULFILLED', 'CLOSED');
create temporary table paid as
select w.id as wish_id, a.id as account_id, w.status,
       case when w.status = 'PARTLY_FUNDED' then w.target_fen / 2 else w.target_fen end as donated,
       case when w.status = 'FULFILLING' then w.target_fen / 2 when w.status in ('FULFILLED', 'CLOSED') then w.target_fen else 0 end as disbursed,
       w.published_at
-- the bench's own wishes only: the demo seeds' paid wishes already have their escrow accounts, pledges,
-- matches and ledger entries as the services wrote them (donations and counters here would break them)
from wish w join bench_wish b on b.id = w.id join ledger_account a on a.wish_id = w.id;
create temporary table entries as
select gen_random_uuid() as id, p.*, 'DONATION_PAID' as kind, p.donated as fen from paid p
union all
select gen_random_uuid(), p.*, 'DISBURSED', p.disbursed from paid p where p.disbursed > 0;
insert into journal_entry (id, occurred_at, kind, wish_id, external_ref, memo)
select e.id, coalesce(e.published_at, now()), e.kind, e.wish_id, 'bench:' || e.id, '压测' from entries e;
insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen)
select gen_random_uuid(), e.id, case when e.kind = 'DONATION_PAID' then (select id from ledger_account where code = 'clearing:bench') else e.account_id end,
       e.fen, 0 from entries e
union all
select gen_random_uuid(), e.id, case when e.kind = 'DONATION_PAID' then e.account_id else (select id from ledger_account where code = 'payout:bench') end,
       0, e.fen from entries e;
update wish w set paid_fen = p.donated, pledged_fen = p.donated, disbursed_fen = p.disbursed from paid p where p.wish_id = w.id;

-- pledges held for payment on fundable wishes
insert into pledge (id, wish_id, donor_subject, amount_fen, status, on_expiry, idempotency_key, request_hash, payment_reference,
                    hold_expires_at, created_at)
select gen_random_uuid(), w.id, gen_random_uuid(), 1000, 'HELD', 'REFUND', 'bench', repeat('0', 64), 'BENCH' || w.id,
       now() + interval '15 minutes', now()
from wish w join bench_wish b on b.id = w.id where w.status in ('PUBLISHED', 'PARTLY_FUNDED');

-- jobs: the seeds' figures (Guizhou's 招聘信息: 237 postings, 6,000 positions, 3,000 people placed).
-- Five employers per district union; exactly 237 listings over them with 6,000 positions in all
-- (75 listings of 26, 162 of 25); worker profiles for one file in eight, each applied to one listing;
-- at most 3,000 hired, spread so that no listing hires past its positions, and each listing's
-- filled count is its hires (as ApplicationService keeps it).
insert into employer (id, unit_id, name, district, contact_name, contact_phone_enc, created_by, created_at)
select gen_random_uuid(), u.id, replace(u.name, '总工会', '') || '压测用工单位', (select code from district order by code offset g % 15 limit 1),
       '联系人', 'bench', '00000000-0000-0000-0000-0000000000b2', now()
from union_unit u cross join generate_series(1, 5) g where u.level = 'DISTRICT';
create temporary table bench_employers as
select row_number() over (order by id) as k, id, unit_id, district, created_by from employer where name like '%压测用工单位';
insert into job_listing (id, employer_id, unit_id, title, description, positions, wage_min_fen, wage_max_fen, wage_period, district,
                         address, skills, certificates, demands, shift_mask, weekly_hours, training_skills, start_date, expires_on,
                         status, created_by, created_at, updated_at)
select gen_random_uuid(), e.id, e.unit_id, '压测岗位 ' || g, '用于压测的岗位。', case when g <= 75 then 26 else 25 end,
       300000, 400000, 'MONTH', e.district, '贵阳市某路 1 号',
       '{}', '{}', '{}', 1, 40, '{}', current_date - 1000, current_date + 30, 'OPEN', e.created_by, now(), now()
from generate_series(1, 237) g
join bench_employers e on e.k = 1 + (g - 1) % (select count(*) from bench_employers);
create temporary table listings as select row_number() over (order by title) as k, id from job_listing where title like '压测岗位 %';
insert into worker_profile (subject, unit_id, household_id, birth_year, skills, certificates, health_limits, home_district,
                            reachable_districts, availability_mask, desired_weekly_hours, desired_wage_fen, wants_training,
                            updated_by, updated_at)
select gen_random_uuid(), h.unit_id, h.id, 1980, '{}', '{}', '{}', '520102', '{520102}', 1, 40, 300000, false,
       '00000000-0000-0000-0000-0000000000b2', now()
from household h where h.registered_by = '00000000-0000-0000-0000-0000000000b2' and abs(hashtext(h.id::text)) % 8 = 1;
-- four in ten profiles would be hired, the first 3,000 of them (by r) are: the i-th hire goes to listing
-- 1 + (i - 1) % 237, so a listing hires at most 13 (3,000 / 237) of its 25 or 26 positions
create temporary table applicants as
select p.subject, p.r, case when p.r < 0.4 and row_number() over (order by p.r) <= 3000 then row_number() over (order by p.r) end as hire_no,
       row_number() over (order by p.subject) as n
from (select subject, random() as r from worker_profile where updated_by = '00000000-0000-0000-0000-0000000000b2') p;
insert into job_application (id, listing_id, worker_subject, applied_by, status, created_at, updated_at, hired_at)
select gen_random_uuid(), (select id from listings where k = 1 + (coalesce(a.hire_no, a.n) - 1) % 237),
       a.subject, a.subject, case when a.hire_no is not null then 'HIRED' else 'APPLIED' end, now(), now(),
       case when a.hire_no is not null then now() - a.r * 2.5 * interval '1080 days' end
from applicants a;
update job_listing l set filled = h.n, status = case when h.n = l.positions then 'FILLED' else l.status end
from (select listing_id, count(*) as n from job_application where status = 'HIRED' group by listing_id) h
where h.listing_id = l.id;

-- service orders: four in ten wait for an offer (unmet demand)
insert into service_order (id, worker_subject, household_id, unit_id, category, district, status, created_at)
select gen_random_uuid(), gen_random_uuid(), h.id, h.unit_id,
       (array['LEGAL_AID', 'COUNSELLING', 'SKILLS_TRAINING', 'MEDICAL_DISCOUNT', 'VOLUNTEER_HELP', 'EMPLOYMENT_GUIDANCE'])[1 + abs(hashtext(h.id::text)) % 6],
       (select code from district order by code offset abs(hashtext(h.id::text || 'd')) % 15 limit 1),
       case when abs(hashtext(h.id::text || 's')) % 10 < 4 then 'WAITING' else 'BOOKED' end, now()
from household h where h.registered_by = '00000000-0000-0000-0000-0000000000b2' and abs(hashtext(h.id::text)) % 8 = 2;
commit;
vacuum analyze;
