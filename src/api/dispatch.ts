// The single entry both transports call: look the method up, validate its argument, run its handler.
import type { z } from 'zod';
import { loneSurrogate, loneSurrogateDetail } from '../formats/units';
import { ApiError } from './errors';
import { isApiMethod } from './contract';
import type { EventSink, MethodContext } from './method';
import { METHODS } from './methods';
import type { AppState } from './state';

export interface Dispatcher {
  invoke(method: string, rawArgs: unknown, events: EventSink): Promise<unknown>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : null;
  if (issue.code === 'unrecognized_keys') {
    // Named with their full path (`files.0.extra`), so a nested mistake can be found.
    const names = issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ');
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${names}; remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
  }
  return field ? `field "${field}": ${issue.message}` : issue.message;
}

/**
 * The first lone surrogate in any string of the arguments (keys included), described with its field. The one rule
 * everywhere: such text is refused at the door, since SQLite would store it as U+FFFD and shift every offset.
 */
function findLoneSurrogate(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') {
    const found = loneSurrogate(value);
    return found ? `field "${path.join('.') || '(argument)'}": ${loneSurrogateDetail(found)}` : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findLoneSurrogate(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const inKey = loneSurrogate(key);
      if (inKey) return `a field name in "${path.join('.') || '(argument)'}" ${loneSurrogateDetail(inKey)}`;
      const found = findLoneSurrogate(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function createDispatcher(state: AppState): Dispatcher {
  return {
    async invoke(method, rawArgs, events) {
      if (!isApiMethod(method)) throw new ApiError('unknown_method', `Unknown API method "${method}".`);
      const declared = METHODS[method];
      const parsed = declared.args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        const detail = parsed.error.issues.map(describeIssue).join('; ');
        throw new ApiError('invalid_argument', `Invalid argument for ${method}: ${detail}.`);
      }
      const lone = findLoneSurrogate(parsed.data, []);
      if (lone) throw new ApiError('invalid_argument', `Invalid argument for ${method}: ${lone}.`);
      // The schema and the handler are declared together, so the parsed value fits this handler.
      const handle = declared.handle as (args: unknown, context: MethodContext) => Promise<unknown>;
      return handle(parsed.data, { state, emit: (event, payload) => events.emit(event, payload) });
    },
  };
}
