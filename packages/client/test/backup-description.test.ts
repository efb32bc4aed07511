import { describe, expect, it } from 'vitest';
import { responseExamples } from '@vbs/spec';
import { parseBackupDescription } from '../src/index.js';

const exampleDescriptions = Object.values(responseExamples(200)).map(
  (body) => (body as { backup: { description: string | null } }).backup.description,
);

describe('parseBackupDescription', () => {
  it('reads every description of the spec\'s examples', () => {
    for (const description of exampleDescriptions) {
      const parsed = parseBackupDescription(description);
      if (description === null) expect(parsed).toEqual({ text: null, incremental: null });
      else if (description.startsWith('{')) {
        const { DESC, INC } = JSON.parse(description) as { DESC: string; INC: number };
        expect(parsed).toEqual({ text: DESC, incremental: INC === 1 });
      } else expect(parsed).toEqual({ text: description, incremental: null });
    }
    expect(exampleDescriptions.some((description) => description?.startsWith('{'))).toBe(true);
  });

  it.each([
    ['{"DESC": "nightly", "INC": 1}', { text: 'nightly', incremental: true }],
    ['{"DESC": "weekly", "INC": 0}', { text: 'weekly', incremental: false }],
    ['{"DESC": "no flag"}', { text: 'no flag', incremental: null }],
    ['{"INC": "1"}', { text: null, incremental: true }],
    ['{"DESC": "odd flag", "INC": 7}', { text: 'odd flag', incremental: null }],
    ['plain words', { text: 'plain words', incremental: null }],
    ['', { text: '', incremental: null }],
    ['{not json', { text: '{not json', incremental: null }],
    ['{"other": 1}', { text: '{"other": 1}', incremental: null }],
    ['[1, 2]', { text: '[1, 2]', incremental: null }],
    [null, { text: null, incremental: null }],
    [undefined, { text: null, incremental: null }],
  ])('%j -> %j', (description, expected) => {
    expect(parseBackupDescription(description)).toEqual(expected);
  });
});
