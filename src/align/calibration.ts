// Link confidences as the share of links right: the two raw confidences (path margin, evidence fit;
// confidence.ts) through a logistic model fitted on the FLORES-200 dev pairs' tuning half (FLORES-200, NLLB
// Team (2022); scripts/calibrate-align.ts fits it; `npm run eval:align` reports the reliability on the check
// half). Only four numbers are kept, nothing of the sentences. Links other than 1-1 are right less often at the
// same raw confidence.

export const CALIBRATION = { bias: -0.675, margin: 0.611, fit: 0.757, otherShape: -4.193 };

/** The raw confidence on the logit scale, kept finite (a raw 1 or 0 says "very", not "certainly"). */
export function logitOf(raw: number): number {
  const p = Math.min(0.999, Math.max(0.001, raw));
  return Math.log(p / (1 - p));
}

/**
 * The calibrated confidence, to three decimals, of a link of `a` × `b` sentences whose path margin gives
 * confidence `margin` and whose own evidence gives `fit` (confidence.ts).
 */
export function calibrate(margin: number, fit: number, a: number, b: number): number {
  const c = CALIBRATION;
  const z = c.bias + c.margin * logitOf(margin) + c.fit * logitOf(fit) + (a === 1 && b === 1 ? 0 : c.otherShape);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/**
 * Below this calibrated score a link is "low confidence" (the editor's jump, and a sensible `--min-score`):
 * links at or above it are about 99 % right on the FLORES dev halves, those below it only 65–77 % right, and
 * they are 3 % of the links but hold about two-thirds of the wrong ones (0.5 found only a quarter of them).
 */
export const LOW_CONFIDENCE = 0.9;
