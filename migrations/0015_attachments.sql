-- Attachments (issue 16): sign-in sheets, photos and materials of a meeting; evidence of a
-- rectification item or one of its progress updates. The database holds what a file is and
-- its SHA-256; the storage holds the bytes under that hash (content-addressed, so one file
-- uploaded twice is stored once). A row is written only once its file is durable.

create table attachments (
    id            uuid primary key,
    org_unit_id   uuid not null references org_units (id),
    -- Exactly one owner: a meeting, or an item (and, for evidence of a progress update, that
    -- update too).
    meeting_id    uuid references meetings (id),
    item_id       uuid references rectification_items (id),
    update_id     uuid references rectification_updates (id),
    kind          text not null,
    -- The original name, sanitised, for downloads.
    file_name     text not null,
    media_type    text not null,
    size_bytes    bigint not null,
    sha256        text not null,
    -- A small JPEG for lists, for images whose format can be decoded.
    has_thumbnail boolean not null default false,
    uploaded_by   uuid not null references users (id),
    created_at    timestamptz not null default now(),
    constraint attachments_kind check (kind in ('sign_in_sheet', 'photo', 'material', 'evidence', 'other')),
    constraint attachments_owner check (
        (meeting_id is not null and item_id is null and update_id is null)
        or (meeting_id is null and item_id is not null)),
    constraint attachments_file_name_length check (char_length(file_name) between 1 and 255),
    constraint attachments_size check (size_bytes > 0),
    constraint attachments_sha256_format check (sha256 ~ '^[0-9a-f]{64}$')
);
create index attachments_meeting_idx on attachments (meeting_id, id) where meeting_id is not null;
create index attachments_item_idx on attachments (item_id, id) where item_id is not null;
create index attachments_sha256_idx on attachments (sha256);

-- A unit's quota of attachment bytes (the files attached to its records); no row: no quota.
create table attachment_quotas (
    org_unit_id uuid primary key references org_units (id),
    quota_bytes bigint not null,
    version     integer not null default 1,
    updated_at  timestamptz not null default now(),
    constraint attachment_quotas_quota_bytes check (quota_bytes > 0)
);
