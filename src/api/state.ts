// What the methods share: the open project, its kept reviews, the jobs running on it, and what the shell offers.
import type { ExportFormat } from '../services/exporting';
import type { BackgroundReviewer } from '../services/reviewJobs';
import type { Project } from '../store';

/** What only the desktop shell can do for a method: ask the person with a system dialog. */
export interface ShellDialogs {
  /** The file to export to, chosen in the system's save dialog (which asks before replacing); null if cancelled. */
  chooseExportPath(format: ExportFormat): Promise<string | null>;
}

export interface AppState {
  version: string;
  transport: 'electron' | 'http';
  project: Project;
  /** Reviews of the project, computed by a worker thread and kept until the project changes. */
  reviews: BackgroundReviewer;
  /** Problems with the project as a whole (sample corpus missing, a page that failed on first import). */
  problems: string[];
  /** Running import jobs; setting `cancelled` stops one between files. */
  jobs: Map<string, { cancelled: boolean }>;
  /** Present in the desktop app only. */
  dialogs?: ShellDialogs;
  /** Folders server-side imports may read (browser mode); null where the person chose the files themselves. */
  readableDirs: string[] | null;
}
