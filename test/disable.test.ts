import { describe, expect, it } from 'vitest';
import { lintMarkdown } from '../src/index.js';
import { LONG_SENTENCE } from './helpers/tmp.js';

const lines = async (text: string) => (await lintMarkdown(text)).findings.filter((f) => f.ruleId === 'sentence-length').map((f) => f.start.line);

describe('inline disable comments in markdown', () => {
  it('disable … enable turns a rule off for a stretch', async () => {
    const text = [LONG_SENTENCE, '', '<!-- plainlint-disable sentence-length -->', '', LONG_SENTENCE, '', '<!-- plainlint-enable sentence-length -->', '', LONG_SENTENCE].join('\n');
    // The page's long sentences are one finding, on the first; it names lines 1 and 9, not 5.
    expect(await lines(text)).toEqual([1]);
    const [f] = (await lintMarkdown(text)).findings.filter((x) => x.ruleId === 'sentence-length');
    expect((f!.data!.sentences as Array<{ line: number }>).map((s) => s.line)).toEqual([1, 9]);
  });

  it('disable with no rule id turns every rule off', async () => {
    const text = ['<!-- plainlint-disable -->', '', LONG_SENTENCE].join('\n');
    expect(await lines(text)).toEqual([]);
  });

  it('disable of another rule leaves this one on', async () => {
    const text = ['<!-- plainlint-disable readability -->', '', LONG_SENTENCE].join('\n');
    expect(await lines(text)).toEqual([3]);
  });

  it('disable-next-line covers only the next line', async () => {
    const text = ['<!-- plainlint-disable-next-line sentence-length -->', LONG_SENTENCE, '', LONG_SENTENCE].join('\n');
    expect(await lines(text)).toEqual([4]);
  });

  it('disable-line covers its own line', async () => {
    const text = [`${LONG_SENTENCE} <!-- plainlint-disable-line sentence-length -->`, '', LONG_SENTENCE].join('\n');
    expect(await lines(text)).toEqual([3]);
  });

  it('accepts several rule ids, separated by spaces or commas', async () => {
    const text = ['<!-- plainlint-disable readability, sentence-length -->', '', LONG_SENTENCE].join('\n');
    expect(await lines(text)).toEqual([]);
  });
});

describe('words quoted as examples are not findings', () => {
  it('skips a list introduced by “We do not say:”, but not an ordinary list', async () => {
    const quoted = await lintMarkdown('We do not say:\n\n- suffering from\n- confined to a wheelchair\n');
    expect(quoted.findings.filter((f) => f.ruleId === 'inclusive-language')).toEqual([]);
    const used = await lintMarkdown('Our patients:\n\n- are suffering from long waits\n');
    expect(used.findings.filter((f) => f.ruleId === 'inclusive-language').length).toBeGreaterThan(0);
  });
});
