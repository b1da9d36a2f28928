-- Full-text search over speeches, meetings and rectification items. The service segments
-- Chinese text into words (jieba) and stores them here with the `simple` configuration;
-- titles weigh more (A) than bodies (B) and progress notes (C).
alter table speeches add column search_vector tsvector not null default '';
alter table meetings add column search_vector tsvector not null default '';
alter table rectification_items add column search_vector tsvector not null default '';

create index speeches_search_idx on speeches using gin (search_vector);
create index meetings_search_idx on meetings using gin (search_vector);
create index rectification_items_search_idx on rectification_items using gin (search_vector);
