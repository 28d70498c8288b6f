/**
 * Acronym findings a writer would call wrong, found on the clean NHS corpus (session 21 budget
 * swap), each tested on made-up text: a use in link text that the rule leaves alone still counts,
 * brackets that describe an acronym are not what it stands for, the GOV.UK technical A to Z's
 * abbreviations in a technical text, a website's name in brackets after a link, and a list of
 * words given as examples.
 */
import { describe, expect, it } from 'vitest';
import acronyms, { createAcronymsRule } from '../rules/acronyms.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule as configFor } from './helpers/rule-config.js';

const small = createAcronymsRule({
  entries: [
    { acronym: 'ICB', expansion: 'integrated care board' },
    { acronym: 'PALS', expansion: 'patient advice and liaison service' },
  ],
  wellKnown: { nhs: ['NHS', 'GP', 'UK'], govuk: ['NHS', 'GP', 'UK'] },
});

async function run(text: string, options: Record<string, unknown> = {}, rule: Rule = small) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), configFor(rule, options, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = (found: Array<{ excerpt?: string }>) => found.map((f) => f.excerpt);

describe('acronyms: a use in link text the rule leaves alone still counts', () => {
  it('does not call an acronym used once when link text uses it again', async () => {
    const text = 'Ask the Parent Support Team (PST) for help. Read the [PST leaflet](/pst) before you go.';
    expect(await run(text, { links: false })).toEqual([]);
    // With link text checked, the second use counts as before.
    expect(await run(text)).toEqual([]);
  });

  it('still finds an acronym used once outside links and nowhere else', async () => {
    const found = await run('Ask the Parent Support Team (PST) for help. Read the [leaflet](/pst) first.', { links: false });
    expect(found.map((f) => f.message)).toEqual(['“PST” is only used once, so you do not need the acronym.']);
  });

  it('says an acronym is not spelled out, without “used once”, when link text uses it too', async () => {
    const found = await run('Use the RDX tool. Read the [RDX guide](/rdx).', { links: false });
    expect(found.map((f) => f.message)).toEqual(['“RDX” is an acronym many readers will not know.']);
  });
});

describe('acronyms: words in brackets that describe an acronym', () => {
  it('does not ask for the description in place of the acronym', async () => {
    // The initials do not spell QHX: the brackets say what it is now, not what it stands for.
    expect(await run('Jo Bloggs, head of design at QHX (now part of the county health team), spoke.')).toEqual([]);
  });

  it('still asks for a name in capitals whose initials skip some words', async () => {
    const found = await run('Here at Northtown University NHS Foundation Trust (NFT), we can help.');
    expect(excerpts(found)).toEqual(['NFT']);
    expect(found[0]!.message).toContain('only used once');
  });

  it('still asks for the words when their initials spell it', async () => {
    const found = await run('Jo Bloggs, head of the Quality Hub Exchange (QHE), spoke.');
    expect(excerpts(found)).toEqual(['QHE']);
    expect(found[0]!.message).toContain('only used once');
  });
});

describe('acronyms: the GOV.UK technical A to Z in a technical text', () => {
  it('leaves CSS, API and SCSS alone where the text has code or names web technologies', async () => {
    expect(await run('Put text in HTML, styled with CSS, not in pictures.', {}, acronyms)).toEqual([]);
    expect(await run('Add the class `box-wide`. Then rebuild the CSS. Call the API with your key.', {}, acronyms)).toEqual([]);
    expect(await run('Set the gap in your SCSS file. Then check it in the browser.', {}, acronyms)).toEqual([]);
  });

  it('still asks to explain them in a text for patients', async () => {
    expect(excerpts(await run('Our new booking system uses an API to talk to your GP surgery.', {}, acronyms))).toEqual(['API']);
  });

  it('still asks to explain other acronyms in a technical text', async () => {
    expect(excerpts(await run('Add the class `box-wide`. Then check the QZT settings.', {}, acronyms))).toEqual(['QZT']);
  });
});

describe('acronyms: a website named in brackets after a link', () => {
  it('leaves the name alone, as it would at the end of the link text', async () => {
    expect(await run('- [Guidance on safe apps](https://example.org/apps) (QXA)\n- [Coding in the open](https://example.org/blog) (QXB blog, 2019)', { links: false })).toEqual([]);
  });

  it('still checks an acronym in brackets that is not right after a link', async () => {
    expect(excerpts(await run('Read the [guidance](https://example.org) on apps. Ask your team (QXA) for help.', { links: false }))).toEqual(['QXA']);
  });

  it('still checks a long bracket after a link', async () => {
    expect(excerpts(await run('Read the [guidance](https://example.org) (the QXA sets the rules for all apps here).', { links: false }))).toEqual(['QXA']);
  });
});

describe('acronyms: a list of words given as examples', () => {
  it('leaves alone an acronym in a list after “we use words like:”', async () => {
    const text = 'When we write about sexual health, we use words like:\u200b\n\n- gay\n- bisexual\n- men who have sex with men (MSM)\n';
    expect(await run(text)).toEqual([]);
  });

  it('still checks a list after a lead-in that is not about words', async () => {
    const text = 'You can get help like:\n\n- advice from the Parent Support Team (PST)\n- a leaflet\n';
    expect(excerpts(await run(text))).toEqual(['PST']);
  });
});
