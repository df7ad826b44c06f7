// The single entry both transports call: look the method up, validate its argument, run its handler.
import type { z } from 'zod';
import { ApiError } from './errors';
import { argumentSchemas, isApiMethod, type ApiEventName, type ApiEvents, type ApiMethod, type ApiParsedArgs, type ApiResults } from './contract';

export interface HandlerContext {
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
}

export type ApiHandlers = { [M in ApiMethod]: (args: ApiParsedArgs[M], context: HandlerContext) => Promise<ApiResults[M]> };

export interface Dispatcher {
  invoke(method: string, rawArgs: unknown, context: HandlerContext): Promise<unknown>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : null;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return field ? `field "${field}": ${issue.message}` : issue.message;
}

export function createDispatcher(handlers: ApiHandlers): Dispatcher {
  return {
    async invoke(method, rawArgs, context) {
      if (!isApiMethod(method)) throw new ApiError('unknown_method', `Unknown API method "${method}".`);
      const parsed = argumentSchemas[method].safeParse(rawArgs ?? {});
      if (!parsed.success) {
        const detail = parsed.error.issues.map(describeIssue).join('; ');
        throw new ApiError('invalid_argument', `Invalid argument for ${method}: ${detail}.`);
      }
      // The schema table and the handler table share their keys, so the parsed value fits this handler.
      const handler = handlers[method] as (args: unknown, context: HandlerContext) => Promise<unknown>;
      return handler(parsed.data, context);
    },
  };
}
