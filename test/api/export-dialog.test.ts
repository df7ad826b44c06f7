// In the window, an export names no path: the shell's save dialog chooses it (and has asked before replacing), and
// closing the dialog writes nothing.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportSummary } from '../../src/api/contract';
import { createWorkbench } from '../../src/api/workbench';
import { SEEDS } from './transports';

async function windowWorkbench(choice: string | null) {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-dialog-'));
  const asked: string[] = [];
  const workbench = await createWorkbench({
    projectPath: join(folder, 'p.bitext'),
    sampleCorpus: SEEDS,
    transport: 'electron',
    version: 'test',
    dialogs: { chooseExportPath: async (format) => (asked.push(format), choice === null ? null : join(folder, choice)) },
  });
  return { workbench, folder, asked };
}

describe('export from the window', () => {
  it('writes where the save dialog says', async () => {
    const { workbench, folder, asked } = await windowWorkbench('chosen.tmx');
    try {
      const summary = (await workbench.dispatcher.invoke('corpus.export', { format: 'tmx' }, workbench.events)) as ExportSummary;
      expect(asked).toEqual(['tmx']);
      expect(summary.files).toEqual([join(folder, 'chosen.tmx')]);
      expect(readFileSync(join(folder, 'chosen.tmx'), 'utf8')).toContain('<tmx version="1.4">');
    } finally {
      workbench.close();
    }
  });

  it('writes nothing when the dialog is closed', async () => {
    const { workbench, folder } = await windowWorkbench(null);
    try {
      const summary = (await workbench.dispatcher.invoke('corpus.export', { format: 'jsonl' }, workbench.events)) as ExportSummary;
      expect(summary).toEqual({ format: 'jsonl', files: [], units: 0, bytes: 0 });
      expect(existsSync(join(folder, 'corpus.jsonl'))).toBe(false);
    } finally {
      workbench.close();
    }
  });
});
