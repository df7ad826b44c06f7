// The layer rules of DESIGN.md, proven by feeding ESLint code that breaks each one.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(code: string, filePath: string, rule = 'no-restricted-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.includes(rule)).map((m) => m.message);
}

describe('layer lint', () => {
  it('keeps Electron out of the engine and the UI', async () => {
    expect(await problems("import { app } from 'electron';\nexport const a = app;\n", 'src/api/x.ts')).not.toEqual([]);
    expect(await problems("import { app } from 'electron';\nexport const a = app;\n", 'renderer/src/x.ts')).not.toEqual([]);
    expect(await problems("import { app } from 'electron';\nexport const a = app;\n", 'electron/x.ts')).toEqual([]);
  });

  it('keeps src/ from importing electron/ or renderer/', async () => {
    expect(await problems("import { a } from '../../electron/security';\nexport const b = a;\n", 'src/api/x.ts')).not.toEqual([]);
    expect(await problems("import { a } from '../../renderer/src/App';\nexport const b = a;\n", 'src/align/x.ts')).not.toEqual([]);
  });

  it('keeps Node APIs out of the pure engine parts', async () => {
    expect(await problems("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/text/x.ts')).not.toEqual([]);
    expect(await problems("import fs from 'fs';\nexport const r = fs;\n", 'src/align/x.ts')).not.toEqual([]);
    expect(await problems("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/store/x.ts')).toEqual([]);
  });

  it('keeps dependencies pointing one way: api -> services -> store -> pure parts', async () => {
    const imports = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
    expect(await problems(imports('../api/errors'), 'src/services/x.ts')).not.toEqual([]);
    expect(await problems(imports('../services/review'), 'src/store/x.ts')).not.toEqual([]);
    expect(await problems(imports('../api/contract'), 'src/store/x.ts')).not.toEqual([]);
    expect(await problems(imports('../store'), 'src/align/x.ts')).not.toEqual([]);
    expect(await problems(imports('../services/units'), 'src/review/x.ts')).not.toEqual([]);
    // The way down stays open.
    expect(await problems(imports('../services/review'), 'src/api/methods/x.ts')).toEqual([]);
    expect(await problems(imports('../store'), 'src/services/x.ts')).toEqual([]);
    expect(await problems(imports('../formats'), 'src/store/x.ts')).toEqual([]);
  });

  it('keeps Node globals out of the pure engine parts', async () => {
    for (const code of ['export const b = Buffer.from("x");\n', 'export const e = process.env.HOME;\n', 'setImmediate(() => 1);\n', 'export const d = __dirname;\n']) {
      for (const file of ['src/text/x.ts', 'src/ingest/x.ts', 'src/align/x.ts', 'src/review/x.ts', 'src/formats/x.ts', 'src/model.ts'])
        expect(await problems(code, file, 'no-restricted-globals'), `${code} in ${file}`).not.toEqual([]);
      expect(await problems(code, 'src/store/x.ts', 'no-restricted-globals')).toEqual([]);
    }
    // Web globals that a worker and a browser both have stay allowed.
    expect(await problems('export const t = new TextDecoder().decode(new Uint8Array(1));\n', 'src/ingest/x.ts', 'no-restricted-globals')).toEqual([]);
  });

  it('lets the renderer import only types, and only from src/api', async () => {
    expect(await problems("import type { ApiSend } from '../../src/api/contract';\nexport type S = ApiSend;\n", 'renderer/src/x.ts')).toEqual([]);
    expect(await problems("import { API_METHODS } from '../../src/api/contract';\nexport const m = API_METHODS;\n", 'renderer/src/x.ts')).not.toEqual([]);
    expect(await problems("import type { Role } from '../../src/model';\nexport type R = Role;\n", 'renderer/src/x.ts')).not.toEqual([]);
  });
});
