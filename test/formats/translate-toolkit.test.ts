// An independent reader accepts our TMX: translate-toolkit (Debian's python3 package) parses the file and finds
// the same source and target texts. Segments with XML-forbidden characters carry <ph> codes, which
// translate-toolkit shows as placeholder markup, so those are only required to parse, not to match.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { collect, writeTmx, XML_FORBIDDEN, type AlignedUnit } from '../../src/formats';
import { describeWithTool, probe, SCHEMAS } from './external';
import { hostileUnits } from './generate';

// Debian's translate-toolkit is installed for the system Python, which may not be the first python3 on PATH.
const PYTHON = spawnSync('/usr/bin/python3', ['-c', 'from translate.storage import tmx'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/python3' : 'python3';
const toolkit = probe(PYTHON, ['-c', 'from translate.storage import tmx'], 'apt-get install -y translate-toolkit');

const READER = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
out = [{"id": u.getid(), "source": u.source, "target": u.target} for u in store.units]
sys.stdout.write(json.dumps(out, ensure_ascii=True))
`;

const dir = mkdtempSync(join(tmpdir(), 'bitext-tt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readWithToolkit(units: AlignedUnit[]): Array<{ id: string; source: string; target: string }> {
  const file = join(dir, 'corpus.tmx');
  writeFileSync(file, collect(writeTmx(units)));
  copyFileSync(join(SCHEMAS, 'tmx14.dtd'), join(dir, 'tmx14.dtd'));
  const r = spawnSync(PYTHON, ['-c', READER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`translate-toolkit could not read the TMX: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<{ id: string; source: string; target: string }>;
}

describeWithTool(toolkit, 'translate-toolkit reads our TMX', () => {
  it('finds every unit with the same texts', () => {
    // Hostile strings without the characters XML cannot carry (and without CR, which XML parsers turn into LF).
    const units = hostileUnits(1500, 3).filter((u) => ![u.source.text, u.target.text].some((t) => XML_FORBIDDEN.test(t) || t.includes('\r')));
    expect(units.length).toBeGreaterThan(300);
    const read = readWithToolkit(units);
    expect(read.length).toBe(units.length);
    read.forEach((r, i) => {
      expect(r.source).toBe(units[i]!.source.text);
      expect(r.target).toBe(units[i]!.target.text);
    });
  });

  it('parses files with forbidden characters and keeps the text around the placeholders', () => {
    const units = hostileUnits(500, 9).filter((u) => XML_FORBIDDEN.test(u.target.text));
    const read = readWithToolkit(units);
    expect(read.length).toBe(units.length);
  });
});
