-- 配捐: an enterprise donor's matching pool for a campaign.
create table matching_pool (
    id                uuid primary key,
    sponsor_subject   uuid         not null,
    campaign_id       uuid         not null references campaign (id),
    name              varchar(100) not null,
    -- match per yuan donated, in percent: 100 = 1:1, 50 = 1:2
    ratio_pct         int          not null check (ratio_pct between 1 and 1000),
    cap_per_wish_fen  bigint       not null check (cap_per_wish_fen > 0),
    budget_fen        bigint       not null check (budget_fen > 0),
    spent_fen         bigint       not null default 0,
    status            varchar(16)  not null,
    payment_reference varchar(64)  not null unique,
    starts_on         date         not null,
    ends_on           date         not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (spent_fen >= 0 and spent_fen <= budget_fen),
    check (ends_on >= starts_on)
);
create index matching_pool_campaign on matching_pool (campaign_id, status);

-- One row per match drawn, so the cap per wish is counted exactly.
create table pool_match (
    id         uuid primary key,
    pool_id    uuid        not null references matching_pool (id),
    wish_id    uuid        not null references wish (id),
    pledge_id  uuid        not null references pledge (id) unique,
    amount_fen bigint      not null check (amount_fen > 0),
    created_at timestamptz not null
);
create index pool_match_pool_wish on pool_match (pool_id, wish_id);

alter table wish add column matched_fen bigint not null default 0;
alter table wish add constraint wish_matched_within_paid check (matched_fen >= 0 and matched_fen <= paid_fen);
