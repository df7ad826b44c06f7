// Events pushed from the app to every connected UI (SSE clients or Electron windows), and their fan-out.

export interface ApiEvents {
  /** Progress of a long job (import, export). */
  progress: { job: string; done: number; total: number; label: string };
  /** A menu item or accelerator of the desktop shell asking the UI to act (e.g. undo). */
  command: { name: 'undo' | 'redo' | 'find' | 'help' | 'import' };
}
export type ApiEventName = keyof ApiEvents;

export type EventListener = (event: ApiEventName, payload: ApiEvents[ApiEventName]) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
