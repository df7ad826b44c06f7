// Text services for every layer: normalisation, language identification, sentence segmentation.
export { normalizeText, stripDiacritics, foldedWords } from './normalize';
export { identifyLanguage, languageScores, type LanguageScores } from './langid';
export { segmentSentences, type SentenceSpan } from './segment';
