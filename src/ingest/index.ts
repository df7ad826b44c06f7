// Bytes → PageDocument: decoding, page structure, roles, languages, sentences, metadata, leftover links.
export { readPage, DEFAULT_MAX_BYTES, type ReadOptions } from './read';
export { ReadError } from './errors';
export { decodeBytes, type Decoded, type Encoding } from './decode';
export { htmlToText, looksLikeHtml } from './html';
export { parseByline, slugHeadline } from './meta';
export { pairLeftovers, type PairingWork } from './pairing';
