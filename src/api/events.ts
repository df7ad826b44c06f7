// A tiny fan-out for events pushed to every connected UI (SSE clients or Electron windows).
import type { ApiEventName, ApiEvents } from './contract';
import type { HandlerContext } from './dispatch';

export type EventListener = (event: ApiEventName, payload: ApiEvents[ApiEventName]) => void;

export class EventHub implements HandlerContext {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
