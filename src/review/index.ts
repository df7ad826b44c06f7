// Review engine: public surface. Automatic checks, MQM scores, edit metrics (chrF, TER, word edit rate), diffs.
export { CHECKS, effectiveChecks, type CheckConfig, type CheckInfo } from './catalog';
export { CHECK_SEVERITIES, countByCheck, fingerprint, withoutIgnored, type CheckSeverity, type Finding } from './findings';
export { checkStrayTexts, checkTexts, checkUnits, segmentsFromLines, type CheckOptions, type TextDoc } from './run';
export { IncrementalChecks } from './incrementalChecks';
export { DEFAULT_LENGTH_NORM, type LengthNorm } from './pairChecks';
export { findQuantities, type Quantity } from './quantities';
export { findLeftovers, DISTINCTIVE_LETTERS } from './leftovers';
export { foldName, nameVariants, FOLD_RULES } from './names';
export { BOILERPLATE, DOUBLING_ALLOWED } from './textChecks';
export { DEFAULT_MQM_WEIGHTS, MQM_TAXONOMY, mqmReport, mqmScore, type MqmResult, type MqmWeights, type PageMqm } from './mqm';
export { chrfFromStatistics, chrfStatistics, corpusChrf, sentenceChrf } from './chrf';
export { corpusTer, sentenceTer, terStatistics } from './ter';
export { countWords, wordEditRate, wordEditStatistics } from './words';
export { editStatistics, type EditStats } from './editStats';
export { wordDiff, type DiffPart } from './diff';
export { qualityReport, confidenceHistogram, CONFIDENCE_BINS, type QualityReport, type Scores, type PageScores, type ConfidenceHistogram } from './report';
