// How an API method is declared: its argument schema and its handler, side by side, once. The argument type is
// the schema's output; the result type is what the handler returns. Both transports and the renderer's client
// are typed from the table of these declarations (see contract.ts), and the dispatcher runs them.
import type { z } from 'zod';
import type { ApiEventName, ApiEvents } from './events';
import type { AppState } from './state';

/** Where a method can push events (progress of long jobs) to the connected UIs. */
export interface EventSink {
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
}

export interface MethodContext extends EventSink {
  state: AppState;
}

export interface Method<S extends z.ZodType, R> {
  args: S;
  handle(args: z.output<S>, context: MethodContext): Promise<R>;
}

export function method<S extends z.ZodType, R>(args: S, handle: (args: z.output<S>, context: MethodContext) => Promise<R>): Method<S, R> {
  return { args, handle };
}
