-- Loads :workers employment profiles and :listings open job listings (100 employers) for the jobs
-- benchmark, spread over the Guiyang districts, with random skills, certificates, health limits and hours.
\set guiyang '\'59001ac9-4063-49bc-a5b0-0a2d35d14880\''
create temporary table codes as select array['520102','520103','520111','520112','520113','520115','520121','520122','520123','520181'] as d,
  array['HOUSEKEEPING','ELDERLY_CARE','CHILD_CARE','COOKING','CLEANING','ELECTROMECHANICS','ELECTRICIAN','PLUMBING','CAR_REPAIR',
        'DRIVING','DELIVERY','WAREHOUSE','SECURITY','RETAIL_SALES','CASHIER','CONSTRUCTION','CARPENTRY','WELDING','SEWING',
        'HAIRDRESSING','LANDSCAPING','OFFICE_CLERK','COMPUTER_BASICS','CUSTOMER_SERVICE'] as s,
  array['HEALTH_CERTIFICATE','ELECTRICIAN_LICENCE','WELDER_LICENCE','DRIVING_LICENCE_C','DRIVING_LICENCE_B','FORKLIFT_LICENCE',
        'SECURITY_GUARD_LICENCE','ELDERLY_CARE_CERTIFICATE','CHILDCARE_CERTIFICATE','COOK_CERTIFICATE','FIRE_SAFETY_CERTIFICATE'] as c,
  array['HEAVY_LIFTING','PROLONGED_STANDING','NIGHT_WORK','WORK_AT_HEIGHT','OUTDOOR_WORK','DRIVING_A_VEHICLE'] as h;

insert into employer (id, unit_id, name, district, contact_name, contact_phone_enc, created_by, created_at)
select gen_random_uuid(), :guiyang, '压测用人单位 ' || g, (select d[1 + g % 10] from codes), '联系人', 'bench', '00000000-0000-0000-0000-0000000000b1', now()
from generate_series(1, 100) g;
create temporary table bench_employer as select row_number() over () as n, id from employer where name like '压测用人单位%';

insert into job_listing (id, employer_id, unit_id, title, description, positions, filled, wage_min_fen, wage_max_fen, wage_period,
                         district, address, skills, certificates, demands, shift_mask, weekly_hours, age_min, age_max,
                         training_skills, start_date, expires_on, status, created_by, created_at, updated_at)
select gen_random_uuid(), (select id from bench_employer where n = 1 + g % 100), :guiyang, '压测岗位 ' || g, '压测', 1 + g % 20, 0,
       w, w + (random() * 200000)::bigint, 'MONTH', (select d[1 + (random() * 9)::int + g * 0] from codes), '压测地址',
       array(select x || ':' || (1 + floor(random() * 3))::int from unnest((select s from codes)) x where random() < 0.06 + g * 0),
       array(select x from unnest((select c from codes)) x where random() < 0.05 + g * 0),
       array(select x from unnest((select h from codes)) x where random() < 0.15 + g * 0),
       -- weekday days, sometimes evenings/nights and weekends
       (27 << (3 * (floor(random() * 2))::int)) | (case when random() < 0.2 then 1 << (2 + 3 * (floor(random() * 7))::int) else 0 end) | 27,
       20 + (random() * 28)::int, case when random() < 0.2 then 18 else null end, case when random() < 0.2 then 55 else null end,
       array(select x from unnest((select s from codes)) x where random() < 0.03 + g * 0),
       current_date, current_date + 30, 'OPEN', '00000000-0000-0000-0000-0000000000b1', now() - (random() * 20) * interval '1 day', now()
from (select g, 150000 + (random() * 350000)::bigint as w from generate_series(1, :listings) g) t;

insert into worker_profile (subject, unit_id, household_id, birth_year, skills, certificates, health_limits, home_district,
                            reachable_districts, availability_mask, desired_weekly_hours, desired_wage_fen, wants_training,
                            updated_by, updated_at)
select gen_random_uuid(), :guiyang, null, 1966 + (random() * 38)::int,
       array(select x || ':' || (1 + floor(random() * 3))::int from unnest((select s from codes)) x where random() < 0.08 + g * 0),
       array(select x from unnest((select c from codes)) x where random() < 0.1 + g * 0),
       array(select x from unnest((select h from codes)) x where random() < 0.1 + g * 0),
       home, array(select distinct unnest(array[home, (select d[1 + (random() * 9)::int + g * 0] from codes),
                                                  (select d[1 + (random() * 9)::int + g * 0] from codes)])),
       (1 << 21) - 1 - (case when random() < 0.5 then 0 else 4681 << 2 end), -- half of them no nights
       20 + (random() * 28)::int, 200000 + (random() * 300000)::bigint, random() < 0.5, '00000000-0000-0000-0000-0000000000b1', now()
from (select g, (select d[1 + (random() * 9)::int + g * 0] from codes) as home from generate_series(1, :workers) g) t;

create table bench_worker as select row_number() over () as n, subject from worker_profile where updated_by = '00000000-0000-0000-0000-0000000000b1';
create unique index on bench_worker (n);
analyze;
