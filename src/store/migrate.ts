// Bringing a project file to the current schema: probe without writing, back up, then one transaction per migration.
import { existsSync } from 'node:fs';
import type { SqlDatabase } from './driver';
import { StoreError } from './errors';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS } from './schema';

export interface ProbeResult {
  /** 0 for a file that holds nothing yet. */
  version: number;
}

/** Reads identity and version through a read-only connection; refuses foreign and newer files. */
export function probeProject(db: SqlDatabase, path: string): ProbeResult {
  const applicationId = Number(db.pragmaValue('application_id') ?? 0);
  const version = Number(db.pragmaValue('user_version') ?? 0);
  const tables = Number(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get<{ n: number }>()?.n ?? 0);
  if (applicationId === 0 && version === 0 && tables === 0) return { version: 0 };
  const ours = applicationId === APPLICATION_ID && tables > 0;
  const app = ours ? db.prepare("SELECT value FROM meta WHERE key = 'app'").get<{ value: string }>()?.value : undefined;
  if (!ours || app !== 'bitext') {
    throw new StoreError(
      'corrupt',
      `${path} is an SQLite database, but not a bitext project (it has no bitext identity). It was left untouched; ` +
        'choose a bitext project file, or a new file name to create one.',
    );
  }
  if (version > LATEST_VERSION) {
    throw new StoreError(
      'newer_version',
      `${path} was written by a newer version of bitext (project schema ${version}; this version knows up to ${LATEST_VERSION}). ` +
        'Update bitext to open it. The file was left untouched.',
    );
  }
  return { version };
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** A consistent copy (WAL content included) next to the project, named after the version it holds. */
export function backupBeforeMigration(db: SqlDatabase, path: string, fromVersion: number): string {
  let backup = `${path}.bak-v${fromVersion}-${timestamp(new Date())}`;
  for (let n = 2; existsSync(backup); n++) backup = `${path}.bak-v${fromVersion}-${timestamp(new Date())}-${n}`;
  db.prepare('VACUUM INTO ?').run(backup);
  return backup;
}

/** Applies the migrations after `fromVersion` up to `target`, each with its version bump in one transaction. */
export function migrate(db: SqlDatabase, fromVersion: number, target: number = LATEST_VERSION): number {
  let version = fromVersion;
  for (const migration of MIGRATIONS) {
    if (migration.version <= version || migration.version > target) continue;
    db.transaction(() => {
      if (migration.version === 1) db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      db.exec(migration.sql);
      if (migration.version === 1) {
        db.prepare("INSERT INTO meta (key, value) VALUES ('app', 'bitext'), ('created_at', ?)").run(new Date().toISOString());
      }
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
    version = migration.version;
  }
  return version;
}
