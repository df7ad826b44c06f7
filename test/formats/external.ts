// External programs some tests need (xmllint, translate-toolkit, sacrebleu). Missing tools skip those tests with
// a printed reason on a developer machine, and fail loudly under CI, where .ci/run must have installed them.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export interface Tool {
  ok: boolean;
  reason: string;
}

export function probe(command: string, args: string[], install: string): Tool {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    return { ok: false, reason: `${command} ${args.join(' ')} failed (${r.error?.message ?? r.stderr.trim().split('\n').pop()}); install: ${install}` };
  }
  return { ok: true, reason: '' };
}

/**
 * `describe` when the tool is there; otherwise a loud failure under CI, or a skip with the reason printed.
 * An optional tool (one that may not be installable on every machine) is skipped with the reason even under CI.
 */
export function describeWithTool(tool: Tool, name: string, body: () => void, options: { optional?: boolean } = {}): void {
  if (tool.ok) describe(name, body);
  else if (process.env.CI && !options.optional) {
    describe(name, () => {
      it('has its external tool', () => {
        throw new Error(`CI is set but a required tool is missing: ${tool.reason}`);
      });
    });
  } else {
    console.warn(`skipping "${name}": ${tool.reason}`);
    describe.skip(name, body);
  }
}

export const SCHEMAS = new URL('../../../shared/schemas/', import.meta.url).pathname;

/**
 * Writes, in `dir`, a schema importing the OASIS XLIFF 2.0 core and metadata module schemas, so xmllint checks
 * our metadata elements strictly instead of skipping them; returns its path.
 */
export function xliffWrapperSchema(dir: string): string {
  const file = join(dir, 'xliff-with-metadata.xsd');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:bitext:test:wrapper">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="file://${SCHEMAS}xliff-21/schemas/xliff_core_2.0.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="file://${SCHEMAS}xliff-21/schemas/metadata.xsd"/>
</xs:schema>
`,
  );
  return file;
}
