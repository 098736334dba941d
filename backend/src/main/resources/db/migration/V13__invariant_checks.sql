-- Scheduled invariant checks (对账与自检): the latest result of each named check, and the lease that
-- lets exactly one replica run each scheduled round.
create table invariant_result (
    check_name    varchar(40)   primary key,
    status        varchar(16)   not null,
    violations    bigint        not null,
    sample_ids    varchar(2000) not null default '',
    detail        varchar(500),
    checked_at    timestamptz   not null,
    -- set when the check starts failing, cleared when it passes again: one failure episode
    failing_since timestamptz,
    notified_at   timestamptz
);

create table invariant_lease (
    id           int          primary key check (id = 1),
    holder       varchar(100),
    leased_until timestamptz  not null
);
insert into invariant_lease (id, holder, leased_until) values (1, null, '1970-01-01T00:00:00Z');
