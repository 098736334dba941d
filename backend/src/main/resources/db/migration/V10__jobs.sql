-- Jobs (招聘岗位), worker employment profiles (求职档案), applications and placements (送岗到户).

-- Districts jobs and workers are in, with a point for distances (reference data, not demo data).
create table district (
    code     varchar(12) primary key,  -- administrative division code
    name_zh  varchar(40) not null,
    name_en  varchar(60) not null,
    city_zh  varchar(40) not null,
    lat      double precision not null,
    lon      double precision not null
);
insert into district (code, name_zh, name_en, city_zh, lat, lon) values
    ('520102', '南明区', 'Nanming', '贵阳市', 26.567, 106.714),
    ('520103', '云岩区', 'Yunyan', '贵阳市', 26.605, 106.724),
    ('520111', '花溪区', 'Huaxi', '贵阳市', 26.410, 106.670),
    ('520112', '乌当区', 'Wudang', '贵阳市', 26.630, 106.750),
    ('520113', '白云区', 'Baiyun', '贵阳市', 26.678, 106.623),
    ('520115', '观山湖区', 'Guanshanhu', '贵阳市', 26.601, 106.626),
    ('520121', '开阳县', 'Kaiyang', '贵阳市', 27.057, 106.965),
    ('520122', '息烽县', 'Xifeng', '贵阳市', 27.090, 106.740),
    ('520123', '修文县', 'Xiuwen', '贵阳市', 26.838, 106.592),
    ('520181', '清镇市', 'Qingzhen', '贵阳市', 26.556, 106.470),
    ('520302', '红花岗区', 'Honghuagang', '遵义市', 27.694, 106.917),
    ('520303', '汇川区', 'Huichuan', '遵义市', 27.750, 106.934),
    ('520304', '播州区', 'Bozhou', '遵义市', 27.536, 106.829),
    ('520381', '赤水市', 'Chishui', '遵义市', 28.590, 105.697),
    ('520382', '仁怀市', 'Renhuai', '遵义市', 27.792, 106.401);

create table employer (
    id                uuid primary key,
    unit_id           uuid         not null references union_unit (id),
    name              varchar(100) not null,
    district          varchar(12)  not null references district (code),
    contact_name      varchar(40)  not null,
    contact_phone_enc text         not null,
    created_by        uuid         not null,
    created_at        timestamptz  not null
);
create index employer_unit on employer (unit_id);

create table job_listing (
    id              uuid primary key,
    employer_id     uuid          not null references employer (id),
    unit_id         uuid          not null references union_unit (id),
    title           varchar(100)  not null,
    description     varchar(2000) not null,
    positions       int           not null check (positions > 0),
    filled          int           not null default 0 check (filled >= 0 and filled <= positions),
    wage_min_fen    bigint        not null check (wage_min_fen > 0),
    wage_max_fen    bigint        not null check (wage_max_fen >= wage_min_fen),
    wage_period     varchar(8)    not null check (wage_period in ('MONTH', 'HOUR')),
    district        varchar(12)   not null references district (code),
    address         varchar(200)  not null,
    skills          text[]        not null,  -- 'COOKING:2': skill and level required
    certificates    text[]        not null,
    demands         text[]        not null,
    shift_mask      int           not null check (shift_mask > 0),
    weekly_hours    int           not null check (weekly_hours between 1 and 84),
    age_min         int,
    age_max         int,
    training_skills text[]        not null,
    start_date      date          not null,
    expires_on      date          not null,
    status          varchar(12)   not null check (status in ('OPEN', 'FILLED', 'CLOSED', 'EXPIRED')),
    created_by      uuid          not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index job_listing_open on job_listing (district) where status = 'OPEN';
create index job_listing_unit on job_listing (unit_id, created_at desc);

create table worker_profile (
    subject              uuid primary key,
    unit_id              uuid          not null references union_unit (id),
    household_id         uuid references household (id),
    birth_year           int           not null,
    skills               text[]        not null,
    certificates         text[]        not null,
    health_limits        text[]        not null,
    home_district        varchar(12)   not null references district (code),
    reachable_districts  text[]        not null,
    availability_mask    int           not null,
    desired_weekly_hours int           not null,
    desired_wage_fen     bigint        not null,
    wants_training       boolean       not null,
    updated_by           uuid          not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index worker_profile_unit on worker_profile (unit_id);
create index worker_profile_reach on worker_profile using gin (reachable_districts);

create table job_application (
    id              uuid primary key,
    listing_id      uuid          not null references job_listing (id),
    worker_subject  uuid          not null references worker_profile (subject),
    applied_by      uuid          not null,  -- the worker, or staff applying on their behalf (送岗到户)
    status          varchar(12)   not null check (status in ('APPLIED', 'INTERVIEW', 'HIRED', 'NOT_HIRED', 'WITHDRAWN')),
    note            varchar(500),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    hired_at        timestamptz,
    version         bigint        not null default 0,
    unique (listing_id, worker_subject)
);
create index job_application_worker on job_application (worker_subject, created_at desc);
create index job_application_hired on job_application (hired_at) where status = 'HIRED';

-- Each worker's top recommendations from the last full recompute (for dashboards and new-match notices).
create table job_recommendation (
    worker_subject uuid        not null,
    rank           smallint    not null,
    listing_id     uuid        not null,
    score          real        not null,
    computed_at    timestamptz not null,
    primary key (worker_subject, rank)
);
