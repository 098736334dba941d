-- The service menu (点菜单式服务): providers publish offers with capacity; workers order from the
-- menu and the server books the nearest offer with room, or keeps the order waiting (unmet demand).
create table service_provider (
    id          uuid primary key,
    unit_id     uuid         not null references union_unit (id),
    name        varchar(100) not null,
    kind        varchar(24)  not null,
    district    varchar(12)  not null references district (code),
    created_by  uuid         not null,
    created_at  timestamptz  not null
);

create table service_offer (
    id            uuid primary key,
    provider_id   uuid          not null references service_provider (id),
    unit_id       uuid          not null references union_unit (id),
    category      varchar(24)   not null,
    title         varchar(100)  not null,
    description   varchar(1000) not null,
    district      varchar(12)   not null references district (code),
    capacity      int           not null check (capacity > 0),
    booked        int           not null default 0 check (booked >= 0 and booked <= capacity),
    discount_pct  int           check (discount_pct between 1 and 100),
    eligibility   varchar(24)   not null check (eligibility in ('ANY_WORKER', 'FILED_HOUSEHOLD', 'APPROVED_HOUSEHOLD')),
    valid_until   date          not null,
    status        varchar(12)   not null check (status in ('OPEN', 'CLOSED')),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index service_offer_open on service_offer (category, district) where status = 'OPEN';

create table service_order (
    id              uuid primary key,
    worker_subject  uuid          not null,
    household_id    uuid          references household (id),
    unit_id         uuid          not null references union_unit (id),
    category        varchar(24)   not null,
    district        varchar(12)   not null references district (code),
    note            varchar(500),
    status          varchar(12)   not null check (status in ('BOOKED', 'WAITING', 'CANCELLED')),
    offer_id        uuid          references service_offer (id),
    created_at      timestamptz   not null,
    booked_at       timestamptz,
    version         bigint        not null default 0
);
create index service_order_worker on service_order (worker_subject, created_at desc);
create index service_order_waiting on service_order (category, created_at) where status = 'WAITING';
