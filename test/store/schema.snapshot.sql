-- index annotations_by_sentence
CREATE INDEX annotations_by_sentence ON annotations(sentence_id);

-- index blocks_by_document
CREATE INDEX blocks_by_document ON blocks(document_id);

-- index documents_by_hash
CREATE INDEX documents_by_hash ON documents(content_hash, kind);

-- index documents_by_pair
CREATE INDEX documents_by_pair ON documents(pair_id);

-- index edits_latest
CREATE INDEX edits_latest ON edits(sentence_id, id);

-- index link_of_sentence
CREATE UNIQUE INDEX link_of_sentence ON link_sentences(sentence_id);

-- index links_filter
CREATE INDEX links_filter ON links(document_id, position, state, score, translation_count, original_count);

-- index links_in_order
CREATE INDEX links_in_order ON links(document_id, position);

-- index sentences_by_block
CREATE INDEX sentences_by_block ON sentences(block_id);

-- index sentences_in_order
CREATE INDEX sentences_in_order ON sentences(document_id, ord);

-- table annotations
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

-- table blocks
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

-- table documents
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

-- table edits
CREATE TABLE edits (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  original_text TEXT NOT NULL,
  fixed_text TEXT NOT NULL,
  who TEXT,
  at TEXT NOT NULL
) STRICT;

-- table esa_scores
CREATE TABLE esa_scores (
  link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  at TEXT NOT NULL
) STRICT;

-- table history
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

-- table history_state
CREATE TABLE history_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cursor INTEGER NOT NULL,
  redo_tip INTEGER
) STRICT;

-- table link_sentences
CREATE TABLE link_sentences (
  link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('translation', 'original')),
  PRIMARY KEY (link_id, sentence_id)
) STRICT, WITHOUT ROWID;

-- table links
CREATE TABLE links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
  state TEXT NOT NULL CHECK (state IN ('proposed', 'confirmed', 'rejected')),
  score REAL
, translation_count INTEGER NOT NULL DEFAULT 0, original_count INTEGER NOT NULL DEFAULT 0) STRICT;

-- table meta
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- table review_ignores
CREATE TABLE review_ignores (
  key TEXT PRIMARY KEY,
  check_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  message TEXT NOT NULL,
  who TEXT,
  at TEXT NOT NULL
) STRICT;

-- table sentences
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

-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- table unit_links
CREATE TABLE unit_links (
  link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
  external_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  file TEXT NOT NULL,
  role TEXT,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL
) STRICT;

-- trigger history_no_delete
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- trigger history_no_update
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- trigger link_sentences_counted
CREATE TRIGGER link_sentences_counted AFTER INSERT ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count + (NEW.side = 'translation'), original_count = original_count + (NEW.side = 'original') WHERE id = NEW.link_id;
END;

-- trigger link_sentences_recounted
CREATE TRIGGER link_sentences_recounted AFTER UPDATE OF link_id, side ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count - (OLD.side = 'translation'), original_count = original_count - (OLD.side = 'original') WHERE id = OLD.link_id;
  UPDATE links SET translation_count = translation_count + (NEW.side = 'translation'), original_count = original_count + (NEW.side = 'original') WHERE id = NEW.link_id;
END;

-- trigger link_sentences_uncounted
CREATE TRIGGER link_sentences_uncounted AFTER DELETE ON link_sentences BEGIN
  UPDATE links SET translation_count = translation_count - (OLD.side = 'translation'), original_count = original_count - (OLD.side = 'original') WHERE id = OLD.link_id;
END;
