// What Electron's main process does with a project, for bundle.test.ts: bundled as scripts/build-electron.mjs bundles
// electron/main.ts, then run from a folder with no node_modules, where better-sqlite3 cannot be found.
import { createRequire } from 'node:module';
import { openProject } from '../../src/store';
import { sqliteDriverName } from '../../src/store/driver';
import { makePage } from './fixtures';

const path = process.argv[2];
if (!path) throw new Error('usage: node bundle.cjs PROJECT');
const project = openProject(path, { create: true });
const { doc, links } = makePage(3, 12);
const { documentId } = project.importDocument(doc, links, { contentHash: 'page-3' });
const german = project.listLinks(documentId).find((row) => row.translation.length > 0)!.translation[0]!;
project.editSentence(german.id, 'Geändert – đã sửa.');
const rows = project.listLinks(documentId).length;
project.close();
const betterSqliteLoaded = Object.keys(createRequire(import.meta.url).cache).some((key) => key.includes('better-sqlite3'));
process.stdout.write(JSON.stringify({ driver: sqliteDriverName(), rows, betterSqliteLoaded }));
