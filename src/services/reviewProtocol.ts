// The messages between the request thread and the review worker.
import type { ProjectReview } from './review';

export interface ReviewRequest {
  id: number;
  /** The project file; the worker opens it read-only itself. */
  path: string;
  pages?: readonly number[];
}

export type ReviewReply =
  | { id: number; ok: true; at: number; review: ProjectReview; reloaded: number; kept: number; restated: boolean; rowsRead: number; rowsChecked: number; ms: number }
  | { id: number; ok: false; message: string };
