-- Notifications: the in-app inbox is the source of truth; the outbox carries each notification to
-- push channels, written in the same transaction as the change it announces.
create table inbox_notification (
    id          uuid primary key,
    recipient   uuid          not null,
    kind        varchar(48)   not null,
    title_zh    varchar(100)  not null,
    body_zh     varchar(500)  not null,
    title_en    varchar(100)  not null,
    body_en     varchar(500)  not null,
    deep_link   varchar(200)  not null,
    created_at  timestamptz   not null,
    read_at     timestamptz
);
create index inbox_recipient on inbox_notification (recipient, created_at desc, id desc);
create index inbox_unread on inbox_notification (recipient) where read_at is null;

create table outbox_event (
    seq             bigint generated always as identity primary key,
    id              uuid         not null unique,
    notification_id uuid         not null references inbox_notification (id),
    recipient       uuid         not null,
    status          varchar(16)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
create index outbox_due on outbox_event (next_attempt_at, seq) where status = 'PENDING';

create table device (
    id          uuid primary key,
    subject     uuid         not null,
    platform    varchar(16)  not null,
    token       varchar(4096) not null unique,
    app_version varchar(32),
    language    varchar(8)   not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index device_subject on device (subject);
