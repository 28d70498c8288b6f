/**
 * spelling: on by default as a suggestion, looking for slips only: words used once, a dictionary
 * word 1 or 2 letters away, NHS, web and place words accepted, US spellings left to uk-spelling.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import spelling from '../rules/spelling.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { ConfigLoader } from '../src/config/load.js';
import { oneRule } from './helpers/rule-config.js';

async function excerpts(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(spelling));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('spelling by default', () => {
  it('is on in both presets, as a suggestion', async () => {
    for (const preset of ['nhs', 'govuk']) {
      const config = await new ConfigLoader({ preset }).resolveConfig({}, undefined);
      const entry = config.rules.find((r) => r.rule.meta.id === 'spelling');
      expect(entry?.severity, preset).toBe('suggestion');
    }
  });

  it('finds slips of the keyboard', async () => {
    expect(await excerpts('You will recive a letter about your appontment. The resluts are ready.')).toEqual(['recive', 'appontment', 'resluts']);
  });

  it('accepts the statistics words of health inequality writing', async () => {
    expect(await excerpts('Half the town lives in the most deprived decile. The growth charts use the 50th centile.')).toEqual([]);
  });

  it('leaves alone words the document uses more than once, and compounds', async () => {
    expect(await excerpts('Our sprogramme helps. The sprogramme is free.')).toEqual([]);
    expect(await excerpts('The frontend has a textarea and some checkboxes.')).toEqual([]);
    // In any case, or in a link address: still the same word.
    expect(await excerpts('APPONTMENT news. The appontment time is on the letter.')).toEqual([]);
    expect(await excerpts('Read about the [appontment](https://example.org/appontment).')).toEqual([]);
    // Inside a longer word it is not a use: "appontments" does not make "appontment" a term.
    expect(await excerpts('Your appontment is booked. Other appontments are free.')).toEqual(['appontment', 'appontments']);
  });

  it('counts uses on the page it checks, not on the page before', async () => {
    expect(await excerpts('Your appontment is booked. The appontment is free.')).toEqual([]);
    expect(await excerpts('Your appontment is booked.')).toEqual(['appontment']);
  });

  it('skips a run of letters longer than any word, which would take gigabytes to find suggestions for', async () => {
    expect(await excerpts(`${'a'.repeat(5000)}! You will recive a letter.`)).toEqual(['recive']);
  });

  it('leaves parts of paths and command options alone', async () => {
    expect(await excerpts('The file is in /tmp/drafts and the option is --formt.')).toEqual([]);
  });

  it('knows NHS, web and place words, and leaves US spellings to uk-spelling', async () => {
    expect(await excerpts('Our sonographers and phlebotomists in thurrock offer reablement and safeguarding online.')).toEqual([]);
    expect(await excerpts('The centered text has a color.')).toEqual([]);
  });
});

describe('spelling: words run together with no space', () => {
  async function found(text: string) {
    const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(spelling));
    return result.findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`);
  }

  it('names a short word run into the next one, and 3 words run together', async () => {
    expect(await found('We can helpwith your forms. Ask thenurse on the ward.')).toEqual(['helpwith → help with', 'thenurse → the nurse']);
    expect(await found('Worry can cause stressanxietylow moods.')).toEqual(['stressanxietylow → stress anxiety low']);
  });

  it('names an adjective run into the next word, which no compound is made of', async () => {
    expect(await found('Nurses help with specificaspects of care. Our clinicalstaff will call.')).toEqual([
      'specificaspects → specific aspects',
      'clinicalstaff → clinical staff',
    ]);
  });

  it('leaves 2 words written as one (a compound), dictionary words and repeated terms alone', async () => {
    expect(await found('Use our webchat or the helpdesk. We help inpatients and outpatients without delay.')).toEqual([]);
    expect(await found('Get healthadvice from us.')).not.toContain('healthadvice → health adv ice');
    expect(await found('Try the mealplanbuilder tool. The mealplanbuilder is free.')).toEqual([]);
  });
});

describe('spelling: a letter template’s merge fields', () => {
  it('leaves “$proced”, “%SURNAME%” and “«tcidate»” alone, but not the same slip in the letter’s words', async () => {
    expect(await excerpts('Dear $firstnames, you are booked for $proced on $tcidate. Dear %frstname%, see you on «apptdate».')).toEqual([]);
    expect(await excerpts('Dear patient, you are booked for your proced on Monday.')).toEqual(['proced']);
  });
});
