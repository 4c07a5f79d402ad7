--liquibase formatted sql

--changeset lantern:003-journal-tools
-- A staff member's private reflective journal. Only the owner ever reads an entry: there is no
-- team, manager or administrator view of this table anywhere in Lantern.
CREATE TABLE journal_entry (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    title         text        NOT NULL,
    body          text        NOT NULL,
    prompt        text        NOT NULL DEFAULT '',
    source_type   text        NOT NULL DEFAULT 'free',
    source_ref    text        NOT NULL DEFAULT '',
    source_label  text        NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT journal_entry_title_length CHECK (length(trim(title)) BETWEEN 1 AND 200),
    CONSTRAINT journal_entry_body_length CHECK (length(trim(body)) > 0 AND length(body) <= 20000),
    CONSTRAINT journal_entry_prompt_length CHECK (length(prompt) <= 1000),
    CONSTRAINT journal_entry_source_type CHECK (source_type IN ('lesson', 'story', 'session', 'free')),
    CONSTRAINT journal_entry_source_ref CHECK (length(source_ref) <= 300
        AND (source_type = 'free') = (source_ref = '')),
    CONSTRAINT journal_entry_source_label_length CHECK (length(source_label) <= 300),
    CONSTRAINT journal_entry_updated_after_created CHECK (updated_at >= created_at)
);
CREATE INDEX journal_entry_account_idx ON journal_entry (account_id, created_at DESC, id DESC);
CREATE INDEX journal_entry_source_idx ON journal_entry (account_id, source_type, source_ref);

-- A staff member's saved copy of a practice tool (safety plan, risk decision, strengths). The
-- definition lives in content/tools/<tool_key>.yaml; answers holds {field key: text value}.
CREATE TABLE saved_tool (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tool_key    text        NOT NULL,
    title       text        NOT NULL,
    answers     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT saved_tool_key_format CHECK (tool_key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    CONSTRAINT saved_tool_title_length CHECK (length(trim(title)) BETWEEN 1 AND 200),
    CONSTRAINT saved_tool_answers_object CHECK (jsonb_typeof(answers) = 'object'),
    CONSTRAINT saved_tool_answers_size CHECK (octet_length(answers::text) <= 400000),
    CONSTRAINT saved_tool_updated_after_created CHECK (updated_at >= created_at)
);
CREATE INDEX saved_tool_account_idx ON saved_tool (account_id, tool_key, updated_at DESC);
