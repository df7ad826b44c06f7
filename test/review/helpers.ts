import type { AlignedUnit } from '../../src/formats';

let next = 0;
export function unit(source: string, target: string, extra: Partial<AlignedUnit> = {}): AlignedUnit {
  next++;
  return {
    id: `u${next}`,
    docId: 'd1',
    file: 'page.txt',
    role: 'body',
    source: { lang: 'vi', text: source },
    target: { lang: 'de', text: target },
    machineTarget: null,
    state: 'proposed',
    origin: 'auto',
    score: 0.9,
    annotations: [],
    ...extra,
  };
}
