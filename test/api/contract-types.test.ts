// The contract's types are derived from the method table: each result is its handler's declared shape (not
// `any`), and arguments are the schemas' inputs. A wrong derivation fails type-checking of this file.
import { describe, expect, it } from 'vitest';
import { API_METHODS, type ActionResult, type ApiArgs, type ApiResults, type LinkPage } from '../../src/api/contract';
import { METHODS } from '../../src/api/methods';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exact = <A, B>(value: Equal<A, B>) => value;

describe('the contract derived from the method table', () => {
  it('gives each method the result type its handler returns', () => {
    expect(exact<ApiResults['links.list'], LinkPage>(true)).toBe(true);
    expect(exact<ApiResults['links.setState'], ActionResult>(true)).toBe(true);
    expect(exact<ApiResults['corpus.cancelImport'], { cancelled: boolean }>(true)).toBe(true);
    // `any` would be equal to everything; a result must not be.
    expect(exact<ApiResults['links.list'], unknown>(false)).toBe(false);
  });

  it('takes the schemas\' inputs as arguments: defaults may be left out', () => {
    const args: ApiArgs['links.list'] = { documentId: 1 };
    expect(METHODS['links.list'].args.parse(args)).toEqual({ documentId: 1, offset: 0, limit: 500 });
    expect(exact<ApiArgs['history.undo'], Record<string, never>>(true)).toBe(true);
  });

  it('lists every method of the table once, by its area.verb name', () => {
    expect(API_METHODS).toEqual(Object.keys(METHODS));
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
  });
});
