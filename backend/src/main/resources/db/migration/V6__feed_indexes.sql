-- The donor feed reads only fundable wishes, in one of three orders; a partial index per order
-- turns each first page into a short index scan instead of a sort over every published wish.
drop index if exists wish_feed;
create index wish_feed_urgency on wish (deadline, id) where status in ('PUBLISHED', 'PARTLY_FUNDED');
create index wish_feed_newest on wish (published_at desc, id desc) where status in ('PUBLISHED', 'PARTLY_FUNDED');
create index wish_feed_nearest_goal on wish ((target_fen - pledged_fen), id) where status in ('PUBLISHED', 'PARTLY_FUNDED');
