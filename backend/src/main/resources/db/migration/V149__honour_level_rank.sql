-- Issue 15: the honour board is ordered by honour level, highest first, and capped. The level column holds
-- the level's name, which sorts alphabetically (CITY < DISTRICT < NATIONAL < PROVINCIAL), so ordering by
-- it and capping in SQL would cut national model workers. The rank is kept in the data, beside the name:
-- 1 national, 2 provincial, 3 city, 4 district (the order of ModelWorkerPolicy.HonourLevel).
alter table model_worker add column top_level_rank smallint generated always as (
    case top_level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'CITY' then 3 when 'DISTRICT' then 4 end) stored;
alter table model_worker add constraint model_worker_top_level_ranked check (top_level_rank is not null);
alter table model_worker_honour add column level_rank smallint generated always as (
    case level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'CITY' then 3 when 'DISTRICT' then 4 end) stored;
alter table model_worker_honour add constraint model_worker_honour_level_ranked check (level_rank is not null);
-- the board's order, consenting model workers only
drop index model_worker_board;
create index model_worker_board on model_worker (unit_id, top_level_rank, name, id) where board_consent_on is not null;
