--liquibase formatted sql

--changeset lantern:004-stories
-- Practice stories. The database is the source of truth; the Lucene index is derived from it.
-- source: 'content' for composite stories shipped in content/stories/, 'staff' for stories written in the app.
-- status: draft -> submitted -> (changes_requested -> submitted)* -> approved -> published,
--         or rejected; withdrawn when the author withdraws consent; retired when a content file is removed.
CREATE TABLE story (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                text        NOT NULL UNIQUE,
    source              text        NOT NULL,
    author_id           bigint      REFERENCES account (id) ON DELETE SET NULL,
    title               text        NOT NULL,
    summary             text        NOT NULL,
    body                text        NOT NULL,
    themes              text[]      NOT NULL DEFAULT '{}',
    setting             text        NOT NULL,
    role                text        NOT NULL,
    status              text        NOT NULL,
    -- consent: 'composite' (content), or the author's consents with their times
    consent             text        NOT NULL,
    submit_consent_at   timestamptz,
    publish_consent_at  timestamptz,
    audiences           text[]      NOT NULL DEFAULT '{}',
    withdrawn_at        timestamptz,
    safeguarding_hold   boolean     NOT NULL DEFAULT false,
    editor_note         text        NOT NULL DEFAULT '',
    published_on        date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    changed_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT story_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,119}$'),
    CONSTRAINT story_source_known CHECK (source IN ('content', 'staff')),
    CONSTRAINT story_status_known CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved',
                                                    'published', 'rejected', 'withdrawn', 'retired')),
    CONSTRAINT story_consent_known CHECK (consent IN ('composite', 'none', 'review', 'publish', 'withdrawn')),
    CONSTRAINT story_title_not_blank CHECK (length(trim(title)) > 0),
    CONSTRAINT story_staff_have_author CHECK (source = 'content' OR author_id IS NOT NULL OR status IN ('withdrawn', 'retired')),
    CONSTRAINT story_published_has_date CHECK (status <> 'published' OR published_on IS NOT NULL)
);
CREATE INDEX story_status_idx ON story (status, changed_at);
CREATE INDEX story_author_idx ON story (author_id, changed_at DESC);

-- Every decision and change made to a story: who, when, what, and what changed (field: before/after).
CREATE TABLE story_decision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id    bigint      NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    actor_id    bigint      REFERENCES account (id) ON DELETE SET NULL,
    actor_name  text        NOT NULL,
    action      text        NOT NULL,
    note        text        NOT NULL DEFAULT '',
    changes     jsonb       NOT NULL DEFAULT '{}',
    decided_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_decision_story_idx ON story_decision (story_id, decided_at);
