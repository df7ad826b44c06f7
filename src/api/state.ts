// What the handlers share: the open project and the jobs running on it.
import type { Project } from '../store';

export interface AppState {
  version: string;
  transport: 'electron' | 'http';
  project: Project;
  /** Problems with the project as a whole (sample corpus missing, a page that failed on first import). */
  problems: string[];
  /** Running import jobs; setting `cancelled` stops one between files. */
  jobs: Map<string, { cancelled: boolean }>;
}
