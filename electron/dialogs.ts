// The system dialogs the desktop shell offers the API: the save dialog for an export, which also asks before
// replacing a file, so a person never types a path.
import { BrowserWindow, dialog } from 'electron';
import type { ShellDialogs } from '../src/api/state';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  tmx: { name: 'TMX translation memory', extensions: ['tmx'] },
  xliff: { name: 'XLIFF 2', extensions: ['xlf', 'xliff'] },
  tsv: { name: 'Tab-separated values', extensions: ['tsv'] },
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
  moses: { name: 'Moses (two files: NAME.<source language> and NAME.<target language>)', extensions: ['*'] },
};

export const shellDialogs: ShellDialogs = {
  async chooseExportPath(format) {
    const options = { title: 'Export the corpus', defaultPath: format === 'moses' ? 'corpus' : `corpus.${FILTERS[format]!.extensions[0]}`, filters: [FILTERS[format]!] };
    const window = BrowserWindow.getFocusedWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
