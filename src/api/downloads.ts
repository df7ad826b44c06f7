// Browser mode's exports: the server writes them into a private temporary folder of its own and hands each file
// to the browser once, as a download, so the API token never grants "write any path on this machine". A file is
// removed after it was fetched, or after a while when nobody fetches it.
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm, rmdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Project } from '../store';
import { ApiError } from './errors';
import { exportUnits, type Progress } from '../services/exporting';
import type { ExportDownload, ExportFormat, ExportSummary } from './contract';
import type { UnitFilters } from '../services/units';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  xliff: 'application/xliff+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  moses: 'text/plain; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** How long an export waits for its download. */
export const DOWNLOAD_LIFETIME_MS = 10 * 60 * 1000;

interface Entry {
  path: string;
  ticket: ExportDownload;
  timer: NodeJS.Timeout;
}

/** A file name for a Content-Disposition header: what a browser may save under, ASCII and UTF-8 forms. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A name for the saved file made from the project's name: letters, digits, dot, dash and underscore only. */
export function downloadStem(projectPath: string): string {
  const base = projectPath.split(/[/\\]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '');
  return stem === '' ? 'corpus' : stem.slice(0, 100);
}

export class DownloadStore {
  private root: string | null = null;
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly lifetimeMs = DOWNLOAD_LIFETIME_MS) {}

  /** A new empty folder, readable by this user only, for the files of one export. */
  async folder(): Promise<string> {
    if (!this.root) {
      this.root = mkdtempSync(join(tmpdir(), 'bitext-downloads-'));
      const root = this.root;
      // Left-over downloads go with the process.
      process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    }
    return mkdtemp(join(this.root, 'export-'));
  }

  /** Offers a finished file for one download; `name` is what the browser saves it as. */
  async offer(path: string, name: string, format: ExportFormat): Promise<ExportDownload> {
    const id = randomBytes(18).toString('base64url');
    const ticket: ExportDownload = { id, name, bytes: (await stat(path)).size, contentType: CONTENT_TYPES[format] };
    const timer = setTimeout(() => void this.drop(id), this.lifetimeMs);
    // A pending download must not keep a finished process (the CLI, a test) alive.
    timer.unref();
    this.entries.set(id, { path, ticket, timer });
    return ticket;
  }

  /** The store's private folder, once anything was exported into it. */
  get rootFolder(): string | null {
    return this.root;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Forgets a download and removes its file (and its folder, once empty). */
  async drop(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    await rm(entry.path, { force: true });
    await rmdir(dirname(entry.path)).catch(() => undefined);
  }

  /** Answers `GET /api/download/<id>`: the file once, as an attachment; the caller has checked the token. */
  async serve(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    if (req.method !== 'GET') throw new ApiError('bad_request', 'Use GET for /api/download/<id>.');
    const entry = this.entries.get(id);
    if (!entry)
      throw new ApiError('not_found', `No download ${JSON.stringify(id.slice(0, 40))} is waiting: each export can be downloaded once, within ${Math.round(this.lifetimeMs / 60000)} minutes. Export again.`);
    // Taken before the first byte is sent: a second request for the same id finds nothing.
    this.entries.delete(id);
    clearTimeout(entry.timer);
    const { ticket } = entry;
    const forget = () => void rm(entry.path, { force: true }).then(() => rmdir(dirname(entry.path)).catch(() => undefined));
    const stream = createReadStream(entry.path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => {
        res.writeHead(200, {
          'content-type': ticket.contentType,
          'content-length': String(ticket.bytes),
          'content-disposition': disposition(ticket.name),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        stream.pipe(res);
        resolve();
      });
      stream.once('error', (error) => {
        forget();
        reject(error);
      });
    });
    res.once('close', forget);
  }
}

/** The server's downloads: one store per process, shared by the export handler and the HTTP transport. */
export const downloads = new DownloadStore();

/** Routes `GET /api/download/<id>` for the HTTP transport, after its token, Origin and Host checks. */
export function serveDownload(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  return downloads.serve(req, res, pathname.slice('/api/download/'.length));
}

const EXTENSIONS: Record<ExportFormat, string> = { tmx: 'tmx', xliff: 'xlf', tsv: 'tsv', moses: '', jsonl: 'jsonl' };

/** Browser mode's corpus.export: the same export, into the store, answered with one download per written file. */
export async function exportAsDownload(project: Project, format: ExportFormat, filters: UnitFilters, progress: Progress, store: DownloadStore = downloads): Promise<ExportSummary> {
  const folder = await store.folder();
  const stem = downloadStem(project.path);
  let summary: ExportSummary;
  try {
    summary = await exportUnits(project, format, join(folder, format === 'moses' ? stem : `${stem}.${EXTENSIONS[format]}`), filters, false, progress);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const tickets: ExportDownload[] = [];
  for (const file of summary.files) tickets.push(await store.offer(file, basename(file), format));
  // The server's own paths stay on the server: the answer names the files as the browser will save them.
  return { ...summary, files: tickets.map((t) => t.name), downloads: tickets };
}
