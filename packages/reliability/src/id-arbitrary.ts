// Hostile ids for the fuzz suite: path separators, dot segments, percent sequences, controls,
// unpaired surrogates, any Unicode, and very long strings.
import fc from 'fast-check';

const separators = fc.constantFrom('/', '\\', '?', '#', '&', '=', ';', ':', '@', '+', ' ', '~', '"', "'", '<', '>', '|', '`');
const dotSegments = fc.constantFrom('.', '..', './', '../', '/..', '/.', '.%2e', '%2e.', '..%2f', '%2e%2e%2f');
const percentSequences = fc.oneof(
  fc.constantFrom('%', '%%', '%zz', '%2', '%00', '%25', '%2e', '%2E', '%2f', '%2F', '%5c', '%c0%af', '%E2%82%AC', '%u002e'),
  fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`),
);
const controls = fc.constantFrom('\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f');
const invisibles = fc.constantFrom('\u00a0', '\u200b', '\u200e', '\u2028', '\u202e', '\ufeff');
const unpairedSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const grapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 });
const plain = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 });

const hostileUnit = fc.oneof(
  { weight: 3, arbitrary: plain },
  { weight: 2, arbitrary: separators },
  { weight: 2, arbitrary: dotSegments },
  { weight: 2, arbitrary: percentSequences },
  { weight: 1, arbitrary: controls },
  { weight: 1, arbitrary: invisibles },
  { weight: 1, arbitrary: unpairedSurrogate },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 2, arbitrary: grapheme },
);

export const hostileId: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: hostileUnit, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '...', ' ', '%', '/', '//', '%2e', '%2e%2e', '.%2e') },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ unit: hostileUnit, minLength: 1000, maxLength: 3000 }) },
);
