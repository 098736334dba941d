-- Model workers (issue 15 item 4): the public honour board (示范引领 only, with consent) and the
-- reception-day schedule (劳模接待日, e.g. every Tuesday at the service centre, seed 004).

-- 光荣榜 consent: the day the model worker agreed to be shown, and who recorded it; null = not shown.
alter table model_worker
    add column board_consent_on date,
    add column board_consent_by uuid,
    add constraint model_worker_board_consent check ((board_consent_on is null) = (board_consent_by is null));
create index model_worker_board on model_worker (unit_id) where board_consent_on is not null;

-- 劳模接待日: one weekly reception per unit (its weekday, hours, place and who receives), and the days it is off.
create table model_worker_reception (
    unit_id     uuid          primary key references union_unit (id),
    weekday     int           not null check (weekday between 1 and 7),
    starts_at   time          not null,
    ends_at     time          not null,
    place       varchar(200)  not null,
    host_zh     varchar(50)   not null,
    host_en     varchar(80)   not null,
    updated_by  uuid          not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint model_worker_reception_hours check (starts_at < ends_at)
);

create table model_worker_reception_off (
    unit_id     uuid          not null references model_worker_reception (unit_id),
    off_on      date          not null,
    reason      varchar(100)  not null,
    primary key (unit_id, off_on)
);
