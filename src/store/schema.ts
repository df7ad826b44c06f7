// The numbered migrations that build a project file. Each runs in its own transaction together with the
// `user_version` bump, so a file is always at exactly one version. Never edit a released migration: add one.

/** `PRAGMA application_id` of a bitext project ('btxt'), so a foreign SQLite file is recognised before any write. */
export const APPLICATION_ID = 0x62747874;

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, blocks, sentences and links',
    sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('page', 'pair_source', 'pair_translation')),
  pair_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  source TEXT,
  lang_translation TEXT NOT NULL,
  lang_original TEXT NOT NULL,
  title TEXT,
  publisher TEXT,
  date TEXT,
  meta TEXT NOT NULL,
  text TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT
) STRICT;
CREATE INDEX documents_by_hash ON documents(content_hash, kind);
CREATE INDEX documents_by_pair ON documents(pair_id);

CREATE TABLE blocks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  role TEXT NOT NULL,
  lang TEXT,
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
) STRICT;
CREATE INDEX blocks_by_document ON blocks(document_id);

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('translation', 'original')),
  lang TEXT,
  text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  ord INTEGER NOT NULL
) STRICT;
CREATE INDEX sentences_in_order ON sentences(document_id, ord);
CREATE INDEX sentences_by_block ON sentences(block_id);

CREATE TABLE links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
  state TEXT NOT NULL CHECK (state IN ('proposed', 'confirmed', 'rejected')),
  score REAL
) STRICT;
CREATE INDEX links_in_order ON links(document_id, position);

CREATE TABLE link_sentences (
  link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('translation', 'original')),
  PRIMARY KEY (link_id, sentence_id)
) STRICT, WITHOUT ROWID;
-- Every sentence is in at most one link; the store keeps it in exactly one.
CREATE UNIQUE INDEX link_of_sentence ON link_sentences(sentence_id);
`,
  },
  {
    version: 2,
    description: 'edits and annotations',
    sql: `
CREATE TABLE edits (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  original_text TEXT NOT NULL,
  fixed_text TEXT NOT NULL,
  who TEXT,
  at TEXT NOT NULL
) STRICT;
-- The current text of a sentence is its latest edit: (sentence_id, id DESC) finds it in one step.
CREATE INDEX edits_latest ON edits(sentence_id, id);

CREATE TABLE annotations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('neutral', 'minor', 'major', 'critical')),
  comment TEXT NOT NULL DEFAULT '',
  who TEXT,
  at TEXT NOT NULL,
  updated_at TEXT
) STRICT;
CREATE INDEX annotations_by_sentence ON annotations(sentence_id);
`,
  },
  {
    version: 3,
    description: 'append-only history for undo and redo',
    sql: `
CREATE TABLE history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  who TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('action', 'undo', 'redo')),
  action TEXT NOT NULL,
  document_id INTEGER,
  -- action: the action that was current before it (the undo chain); undo/redo: the action undone or redone.
  prev INTEGER,
  target INTEGER,
  payload TEXT NOT NULL,
  affected TEXT NOT NULL
) STRICT;
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- Where undo and redo stand: the last applied action, and the newest action of the undone branch.
CREATE TABLE history_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cursor INTEGER NOT NULL,
  redo_tip INTEGER
) STRICT;
INSERT INTO history_state (id, cursor, redo_tip) VALUES (1, 0, NULL);
`,
  },
  {
    version: 4,
    description: 'remembered ignores of review findings; corpus units imported from TMX, XLIFF, TSV or JSONL',
    sql: `
-- A finding a person chose to ignore, by its fingerprint (check, unit, side and flagged text), so it stays
-- ignored when the checks run again.
CREATE TABLE review_ignores (
  key TEXT PRIMARY KEY,
  check_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  message TEXT NOT NULL,
  who TEXT,
  at TEXT NOT NULL
) STRICT;

-- What a corpus file said about a link it brought in (its own id, page id, file, role and languages), so that
-- exporting the link again writes the same unit. A link made by regrouping has no row here and gets a new id.
CREATE TABLE unit_links (
  link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
  external_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  file TEXT NOT NULL,
  role TEXT,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL
) STRICT;
`,
  },
  {
    version: 5,
    description: 'ESA scores: one 0-100 segment score per row (Error Span Annotation)',
    sql: `
-- A row's ESA score (0 = no meaning preserved, 100 = perfect meaning and grammar), given after its error spans are
-- marked. A row without a score has no row here. Deleting a link takes its score with it; the store records that
-- deletion first, so undo brings both back.
CREATE TABLE esa_scores (
  link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  at TEXT NOT NULL
) STRICT;
`,
  },
  {
    version: 6,
    description: "row filters: each link's side counts, kept by triggers, and a covering index for filtered pages",
    sql: `
-- How many sentences each side of a link holds, so a filter on a row's shape (1:1, merged, one-sided) reads the link
-- alone. Triggers keep them: every write of link_sentences, undo and redo included, goes through SQL.
ALTER TABLE links ADD COLUMN translation_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE links ADD COLUMN original_count INTEGER NOT NULL DEFAULT 0;
UPDATE links SET
  translation_count = (SELECT count(*) FROM link_sentences ls WHERE ls.link_id = links.id AND ls.side = 'translation'),
  original_count = (SELECT count(*) FROM link_sentences ls WHERE ls.link_id = links.id AND ls.side = 'original');
CREATE TRIGGER link_sentences_counted AFTER INSERT ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count + (NEW.side = 'translation'), original_count = original_count + (NEW.side = 'original') WHERE id = NEW.link_id;
END;
CREATE TRIGGER link_sentences_uncounted AFTER DELETE ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count - (OLD.side = 'translation'), original_count = original_count - (OLD.side = 'original') WHERE id = OLD.link_id;
END;
CREATE TRIGGER link_sentences_recounted AFTER UPDATE OF link_id, side ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count - (OLD.side = 'translation'), original_count = original_count - (OLD.side = 'original') WHERE id = OLD.link_id;
  UPDATE links SET translation_count = translation_count + (NEW.side = 'translation'), original_count = original_count + (NEW.side = 'original') WHERE id = NEW.link_id;
END;
-- Everything a row filter and a row's document index read, in row order: filtered pages never touch the table.
CREATE INDEX links_filter ON links(document_id, position, state, score, translation_count, original_count);
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
