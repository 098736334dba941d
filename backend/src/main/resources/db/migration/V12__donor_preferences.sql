-- What a donor cares about, for "wishes for you" (为你推荐). Empty arrays mean no preference.
create table donor_preference (
    subject       uuid primary key,
    kinds         text[]      not null,
    districts     text[]      not null,
    min_fen       bigint      not null default 0,
    max_fen       bigint      not null default 0,  -- 0: no upper bound
    campaign_ids  uuid[]      not null,
    updated_at    timestamptz not null
);
-- Recommendations prefer wishes waiting longest from the hardest-hit households.
create index wish_neglected on wish (household_severity, published_at) where status in ('PUBLISHED', 'PARTLY_FUNDED');
