// Every XML export validates: TMX against tmx14.dtd, XLIFF against the OASIS 2.1 core schema together with the
// metadata module (a wrapper schema imports both, so <mda:*> is checked strictly, not skipped as "lax").
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { collect, writeTmx, writeXliff } from '../../src/formats';
import { describeWithTool, probe, SCHEMAS, xliffWrapperSchema } from './external';
import { hostileUnits } from './generate';

const xmllint = probe('xmllint', ['--version'], 'apt-get install -y libxml2-utils');
const dir = mkdtempSync(join(tmpdir(), 'bitext-xmllint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The DOCTYPE names tmx14.dtd as its system id; a copy beside the file keeps xmllint from warning that it is missing.
if (xmllint.ok) copyFileSync(join(SCHEMAS, 'tmx14.dtd'), join(dir, 'tmx14.dtd'));

function lint(args: string[], xml: string, name: string): { ok: boolean; out: string } {
  const file = join(dir, name);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stderr };
}

const wrapperSchema = () => xliffWrapperSchema(dir);

const units = hostileUnits(2000, 5);

describeWithTool(xmllint, 'exports validate with xmllint', () => {
  it('TMX is valid against tmx14.dtd', () => {
    const r = lint(['--dtdvalid', join(SCHEMAS, 'tmx14.dtd')], collect(writeTmx(units)), 'all.tmx');
    expect(r.out).toBe('');
    expect(r.ok).toBe(true);
  });

  it('XLIFF 2.1 is valid against the core schema and the metadata module', () => {
    const r = lint(['--schema', wrapperSchema()], collect(writeXliff(units)), 'all.xlf');
    expect(r.out).toMatch(/validates/);
    expect(r.ok).toBe(true);
    const core = lint(['--schema', join(SCHEMAS, 'xliff-21/schemas/xliff_core_2.0.xsd')], collect(writeXliff(units)), 'core.xlf');
    expect(core.ok).toBe(true);
  });

  it('empty exports are valid too', () => {
    expect(lint(['--dtdvalid', join(SCHEMAS, 'tmx14.dtd')], collect(writeTmx([])), 'empty.tmx').ok).toBe(true);
    expect(lint(['--schema', wrapperSchema()], collect(writeXliff([])), 'empty.xlf').ok).toBe(true);
  });

  it('the validation can fail: a misplaced element is reported', () => {
    const bad = collect(writeTmx(units.slice(0, 3))).replace('<body>', '<body><seg>x</seg>');
    expect(lint(['--dtdvalid', join(SCHEMAS, 'tmx14.dtd')], bad, 'bad.tmx').ok).toBe(false);
    const badXliff = collect(writeXliff(units.slice(0, 3))).replace('<mda:meta type="state">', '<mda:meta kind="state">');
    expect(lint(['--schema', wrapperSchema()], badXliff, 'bad.xlf').ok).toBe(false);
  });
});
