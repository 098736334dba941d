-- 拨付与回执: money or goods handed to the household, with proof and, above a threshold, a second approver.
create table disbursement (
    id           uuid primary key,
    wish_id      uuid         not null references wish (id),
    amount_fen   bigint       not null check (amount_fen > 0),
    method       varchar(16)  not null,
    reference    varchar(100) not null,
    proof        varchar(500) not null,
    status       varchar(24)  not null,
    recorded_by  uuid         not null,
    approved_by  uuid,
    created_at   timestamptz  not null,
    approved_at  timestamptz,
    version      bigint       not null default 0,
    check (approved_by is null or approved_by <> recorded_by)
);
create index disbursement_wish on disbursement (wish_id);

alter table wish add column disbursed_fen bigint not null default 0;
alter table wish add constraint wish_disbursed_within_paid check (disbursed_fen >= 0 and disbursed_fen <= paid_fen);
alter table wish add column received_at timestamptz;
alter table wish add column thank_you varchar(1000);
alter table wish add column thank_you_cleared_by uuid;
