// Issue 10, "also prove": the disk fills during an export. Once on a real 16 KiB tmpfs (where this runs as root
// and may mount), once with ENOSPC injected at the write layer (everywhere): a clear error, the existing target
// byte for byte as it was, no temporary or half-written file left, and the project untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFileSystem, type ExportFileSystem } from '../../src/services/atomicFile';
import { toApiError } from '../../src/api/errors';
import { exportUnits } from '../../src/services/exporting';
import { openBench, type Bench } from './helpers';

let bench: Bench;
beforeAll(async () => {
  bench = await openBench();
});
afterAll(() => bench.workbench.close());

/**
 * The real file system, except that the disk holds `room` bytes: as on a real disk, the write that reaches the
 * end lands in part and reports fewer bytes written, and the next one fails with ENOSPC.
 */
function fillingDisk(room: number): ExportFileSystem {
  let used = 0;
  return {
    ...nodeFileSystem,
    async create(path, mode) {
      const file = await nodeFileSystem.create(path, mode);
      return {
        sync: () => file.sync(),
        close: () => file.close(),
        async write(data) {
          if (used >= room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
          const part = data.subarray(0, room - used);
          used += part.length;
          return file.write(part);
        },
      };
    },
  };
}

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return toApiError(error);
  }
  throw new Error('the export was expected to fail');
}

describe('ENOSPC injected at the write layer', () => {
  const project = () => bench.workbench.state.project;

  for (const [format, room] of [['tmx', 0], ['tmx', 30_000], ['jsonl', 20_000], ['moses', 9_000], ['moses', 3_000]] as const) {
    it(`${format}, after ${room} bytes: clear error, old target kept, nothing left behind`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bitext-enospc-'));
      const target = join(dir, 'corpus');
      const existing = format === 'moses' ? [`${target}.vi`, `${target}.de`] : [target];
      for (const f of existing) writeFileSync(f, `precious ${f}`);
      const error = await failure(() => exportUnits(project(), format, target, {}, true, () => undefined, fillingDisk(room)));
      expect(error.code).toBe('bad_request');
      expect(error.message).toMatch(/^The disk is full: \/.*corpus(\.vi|\.de)? could not be written \(ENOSPC\)\. Nothing was changed/);
      expect(error.message).toMatch(/Free some space/);
      for (const f of existing) expect(readFileSync(f, 'utf8')).toBe(`precious ${f}`);
      expect(readdirSync(dir).sort()).toEqual(existing.map((f) => f.slice(dir.length + 1)).sort());
    });
  }

  it('a new target is not created at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-enospc-'));
    await failure(() => exportUnits(project(), 'xliff', join(dir, 'new.xlf'), {}, false, () => undefined, fillingDisk(10_000)));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a file that appears while the export runs', () => {
  it('is kept without overwrite: the export answers conflict and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-race-'));
    const target = join(dir, 'race.tsv');
    // Another program creates the target after the existence check, just before the export puts its file in place.
    const racing: ExportFileSystem = {
      ...nodeFileSystem,
      async link(existing, created) {
        writeFileSync(created, 'written by someone else');
        return nodeFileSystem.link(existing, created);
      },
    };
    const error = await failure(() => exportUnits(bench.workbench.state.project, 'tsv', target, {}, false, () => undefined, racing));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/race\.tsv already exists/);
    expect(readFileSync(target, 'utf8')).toBe('written by someone else');
    expect(readdirSync(dir)).toEqual(['race.tsv']);
  });
});

const MOUNT = join(mkdtempSync(join(tmpdir(), 'bitext-tmpfs-')), 'small');
mkdirSync(MOUNT);
const READ_ONLY = join(dirname(MOUNT), 'read-only');
mkdirSync(READ_ONLY);
const mount = (dir: string, options: string) => process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
const mounted = mount(MOUNT, 'size=16k');
const mountedReadOnly = mount(READ_ONLY, 'ro,size=16k');
afterAll(() => {
  if (mounted) spawnSync('umount', [MOUNT]);
  if (mountedReadOnly) spawnSync('umount', [READ_ONLY]);
});

describe.skipIf(!mountedReadOnly)('a read-only disk (root only)', () => {
  it('is named as such, not answered with a raw EROFS', async () => {
    const error = await bench.fail('corpus.export', { format: 'tsv', path: join(READ_ONLY, 'x.tsv') });
    expect(error).toEqual({ code: 'bad_request', message: `${READ_ONLY} is on a read-only disk. Choose a folder you can write to.` });
  });
});

describe.skipIf(!mounted)('a real 16 KiB tmpfs fills up (root only)', () => {
  it('corpus.export of the whole corpus fails with a clear error and leaves the old file as it was', async () => {
    const target = join(MOUNT, 'corpus.tmx');
    writeFileSync(target, 'precious old export');
    const projectBefore = readFileSync(bench.workbench.state.project.path);
    const error = await bench.fail('corpus.export', { format: 'tmx', path: target, overwrite: true });
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(/^The disk is full: .*corpus\.tmx could not be written \(ENOSPC\)/);
    expect(readFileSync(target, 'utf8')).toBe('precious old export');
    expect(readdirSync(MOUNT)).toEqual(['corpus.tmx']);
    expect(readFileSync(bench.workbench.state.project.path).equals(projectBefore)).toBe(true);
    // The same export fits once there is room: the error was the disk, not the export.
    const small = await bench.call('corpus.export', { format: 'tsv', path: join(MOUNT, 'small.tsv'), filters: { roles: ['title'] } });
    expect(small.units).toBeGreaterThan(0);
    expect(existsSync(join(MOUNT, 'small.tsv'))).toBe(true);
  });
});
