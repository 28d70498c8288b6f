/**
 * The structure and accessibility rules: alt-text, link-text, headings, all-caps, long-paragraph.
 * Exact positions on markdown, options, presets, fixes, and the Word fixtures in fixtures/docx.
 */
import { describe, expect, it } from 'vitest';
import nhsPreset from '../rules/presets/nhs.json' with { type: 'json' };
import govukPreset from '../rules/presets/govuk.json' with { type: 'json' };
import { join } from 'node:path';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintFile } from '../src/engine/run.js';
import { ConfigLoader } from '../src/config/load.js';
import { lintMarkdown } from '../src/index.js';
import type { Finding, Rule } from '../src/types.js';
import altText from '../rules/alt-text.js';
import linkText from '../rules/link-text.js';
import headings from '../rules/headings.js';
import allCaps from '../rules/all-caps.js';
import longParagraph from '../rules/long-paragraph.js';
import { oneRule as configFor } from './helpers/rule-config.js';

const ROOT = join(import.meta.dirname, '..');


async function run(rule: Rule, text: string, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), configFor(rule, options, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

/** line:column-line:column severity message [excerpt] */
function brief(f: Finding): string {
  return `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.severity} ${f.message} [${f.excerpt}]`;
}

function applyFix(text: string, f: Finding): string {
  expect(f.fix).toBeDefined();
  const [start, end] = f.fix!.range;
  return text.slice(0, start) + f.fix!.text + text.slice(end);
}

describe('alt-text', () => {
  it('finds missing alt text as an error, with the image position', async () => {
    const text = '# Our surgery\n\nThe new building.\n\n![](front.jpg)\n';
    const found = await run(altText, text);
    expect(found.map(brief)).toEqual(['5:1-5:15 error This image has no alt text: “front.jpg”. [![](front.jpg)]']);
    expect(found[0]!.why).toMatch(/screen reader/);
  });

  it('gives warnings for file names, “image of”, captions and length', async () => {
    const long = 'A '.repeat(70).trim();
    const text = [
      'Text ![IMG_2041.jpg](a.jpg) and ![DSC0001](b.jpg) and ![photo.png](photo.png).',
      '',
      '![Picture of a nurse giving a vaccine](nurse.jpg)',
      '',
      '![The new surgery on Station Road](surgery.jpg)',
      '*The new surgery on Station Road*',
      '',
      `![${long}](long.jpg)`,
    ].join('\n');
    const found = await run(altText, text);
    expect(found.map(brief)).toEqual([
      '1:6-1:28 warning The alt text “IMG_2041.jpg” is a file name. [![IMG_2041.jpg](a.jpg)]',
      '1:33-1:50 warning The alt text “DSC0001” is a file name. [![DSC0001](b.jpg)]',
      '1:55-1:78 warning The alt text “photo.png” is a file name. [![photo.png](photo.png)]',
      '3:1-3:50 warning The alt text starts with “Picture of”. [![Picture of a nurse giving a vaccine](nurse.jpg)]',
      '5:1-5:48 warning The alt text repeats the caption word for word. [![The new surgery on Station Road](surgery.jpg)]',
      `8:1-8:${long.length + 14} warning The alt text is 139 characters long, more than 125. [![${long}](long.jpg)]`,
    ]);
    expect(found[3]!.suggestions).toEqual(['A nurse giving a vaccine']);
  });

  it('removes “Image of” safely with its fix', async () => {
    const text = 'See ![Image of a nurse giving a vaccine](nurse.jpg) here.';
    const [f] = await run(altText, text);
    expect(applyFix(text, f!)).toBe('See ![A nurse giving a vaccine](nurse.jpg) here.');
  });

  it('follows maxLength', async () => {
    const text = '![A pharmacist giving someone a flu vaccination](flu.jpg)';
    expect(await run(altText, text)).toEqual([]);
    const found = await run(altText, text, { maxLength: 20 });
    expect(found.map((f) => f.message)).toEqual(['The alt text is 45 characters long, more than 20.']);
  });

  it('accepts decorative HTML images and decorativeSources, but not an <img> with no alt', async () => {
    const text = [
      '<img src="line.png" alt="" role="presentation">',
      '',
      '<img src="clinic.png">',
      '',
      '![](icons/arrow.svg) ![](assets/divider.png) ![](photos/team.jpg)',
    ].join('\n');
    const found = await run(altText, text, { decorativeSources: ['icons/', '**/divider.png'] });
    expect(found.map(brief)).toEqual([
      '3:1-3:23 error This image has no alt text: “clinic.png”. [<img src="clinic.png">]',
      '5:46-5:66 error This image has no alt text: “photos/team.jpg”. [![](photos/team.jpg)]',
    ]);
  });

  it('says nothing about good alt text that mentions a photo', async () => {
    const text = '![A photo booth style check-in screen next to the reception desk](x.jpg)\n*Check in here*';
    expect(await run(altText, text)).toEqual([]);
  });
});

describe('link-text', () => {
  it('flags vague link text with its position', async () => {
    const text = 'To book, [click here](https://a.example/book).\n\nOr [read more](/more) and [here](/x).';
    const found = await run(linkText, text);
    expect(found.map(brief)).toEqual([
      '1:10-1:46 warning The link text “click here” does not say where the link goes. [[click here](https://a.example/book)]',
      '3:4-3:22 warning The link text “read more” does not say where the link goes. [[read more](/more)]',
      '3:27-3:37 warning The link text “here” does not say where the link goes. [[here](/x)]',
    ]);
  });

  it('flags long web addresses as link text, but not short ones or email addresses', async () => {
    const text = [
      'Go to www.nhs.uk/flu or <https://www.nhs.uk/mmr>, or email <gp@example.nhs.uk>.',
      '',
      'Details: <https://www.example.nhs.uk/merger/consultation/have-your-say>',
      '',
      'Also www.example.nhs.uk/services/pharmacies/opening-hours-list here.',
    ].join('\n');
    const found = await run(linkText, text);
    expect(found.map(brief)).toEqual([
      '3:10-3:72 warning The link text is a long web address: “https://www.example.nhs.uk/merger/consultation/have-your-say”. [<https://www.example.nhs.uk/merger/consultation/have-your-say>]',
      '5:6-5:63 warning The link text is a long web address: “www.example.nhs.uk/services/pharmacies/opening-hours-list”. [www.example.nhs.uk/services/pharmacies/opening-hours-list]',
    ]);
    const every = await run(linkText, 'Go to <https://www.nhs.uk/mmr>.', { maxUrlLength: 0 });
    expect(every).toHaveLength(1);
  });

  it('flags a full stop at the end of link text and moves it out with the fix', async () => {
    const text = '[Find out who can get a free flu vaccine.](https://www.nhs.uk/flu)';
    const [f, ...rest] = await run(linkText, text);
    expect(rest).toEqual([]);
    expect(brief(f!)).toBe('1:41-1:42 warning The link text “Find out who can get a free flu vaccine.” ends with a full stop. [.]');
    expect(applyFix(text, f!)).toBe('[Find out who can get a free flu vaccine](https://www.nhs.uk/flu).');
    const after = '[Find out more about flu.](https://www.nhs.uk/flu).';
    const [g] = await run(linkText, after);
    expect(applyFix(after, g!)).toBe('[Find out more about flu](https://www.nhs.uk/flu).');
  });

  it('asks for the format and size of file links, unless they are given', async () => {
    const text = [
      'Read the [plan](/files/plan.pdf) today.',
      '',
      'Read the [plan](/files/plan.pdf) (PDF, 545KB).',
      '',
      'Read the [plan (Word document, 1.2MB)](/files/plan.docx?v=2).',
      '',
      'Get the [figures](/files/figures.xlsx) (Excel).',
    ].join('\n');
    const found = await run(linkText, text);
    expect(found.map(brief)).toEqual([
      '1:10-1:33 warning “plan” opens a PDF file, but the text does not give its format and size. [[plan](/files/plan.pdf)]',
      '7:9-7:39 warning “figures” opens a Excel file, but the text does not give its size. [[figures](/files/figures.xlsx)]',
    ]);
  });

  it('flags the same words for links to different places, once per extra link', async () => {
    const text = [
      '[Opening hours](https://a.example/riverside) and [opening hours](https://a.example/station).',
      '',
      '[Book online](https://service.example/book/) and [Book online](/book) go to the same page.',
    ].join('\n');
    const found = await run(linkText, text);
    expect(found.map(brief)).toEqual([
      '1:50-1:92 warning “opening hours” is the text of 2 links that go to different places. [[opening hours](https://a.example/station)]',
    ]);
  });

  it('checks placeholder links only for their wording', async () => {
    const text = [
      '[Find out more about screening on the NHS website.](#)',
      '',
      'Book at [http://www.nhs.uk/service-name-invite-for-your-screening](#)',
      '',
      '[Relay UK service](#) and [Relay UK service](/relay)',
      '',
      '[link](#)',
    ].join('\n');
    const found = await run(linkText, text);
    expect(found.map(brief)).toEqual(['7:1-7:10 warning The link text “link” does not say where the link goes. [[link](#)]']);
  });

  it('finds link references and image links', async () => {
    const text = 'See [here][1].\n\n[![](logo.png)](/)\n\n[1]: https://a.example';
    const found = await run(linkText, text);
    expect(found.map((f) => f.message)).toEqual([
      'The link text “here” does not say where the link goes.',
      'This link has no words to click.',
    ]);
  });
});

describe('headings', () => {
  it('finds skipped levels, a second main heading and empty headings', async () => {
    const text = '# Flu\n\n## Who can get it\n\n#### Children\n\n##\n\n# Covid\n\n### Where to go';
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual([
      '5:1-5:14 warning The heading “Children” jumps from level 2 to level 4. [#### Children]',
      '7:1-7:3 warning This heading is empty. [##]',
      '9:1-9:8 warning “Covid” is a second main heading (level 1). [# Covid]',
      '11:1-11:16 warning The heading “Where to go” jumps from level 1 to level 3. [### Where to go]',
    ]);
    expect(found[0]!.suggestions).toEqual(['### Children']);
  });

  it('names a heading too long to scan (over 120 characters), and leaves a long, clear one alone', async () => {
    const long = 'Tell us what you think about the first draft of our plan for working with patients, carers and local groups across the whole of the county';
    const found = await run(headings, `# ${long}\n\n## Work towards solving a whole problem for users and give them one joined up experience across all channels`);
    expect(found.map(brief)).toEqual([`1:1-1:${long.length + 3} suggestion The heading is 26 words long. [# ${long}]`]);
  });

  it('suggests sentence case for title case headings, kindly', async () => {
    const text = '## Changes To Your GP Practice\n\n## Book Your Flu Jab\n\n## Flu vaccine for children';
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual([
      '1:1-1:31 suggestion The heading “Changes To Your GP Practice” has a capital letter on every main word. [## Changes To Your GP Practice]',
      '3:1-3:21 suggestion The heading “Book Your Flu Jab” has a capital letter on every main word. [## Book Your Flu Jab]',
    ]);
    expect(found[0]!.suggestions).toEqual(['Changes to your GP practice']);
    expect(found[1]!.suggestions).toEqual(['Book your flu jab']);
  });

  it('leaves names alone: known names, names from the body, the properNames option and the organisation', async () => {
    const text = [
      '## Using The NHS App',
      '',
      '## Services in Mid and South Essex',
      '',
      '## Riverside Medical Centre Car Park',
      '',
      'Park at Riverside Medical Centre, in the Car Park on Mill Lane.',
      '',
      '## Station Road Surgery Hours',
      '',
      '## Clinic At Basildon Hospital',
    ].join('\n');
    const found = await run(headings, text, { properNames: ['Station Road Surgery'] }, { organisation: 'Basildon Hospital' });
    expect(found.map((f) => f.excerpt)).toEqual([]);
  });

  it('leaves alone a name the acronym glossary writes with capitals, but not a phrase it writes in lower case', async () => {
    const text = [
      '## Patient Advice and Liaison Service (PALS)',
      '',
      '## How Making Every Contact Count works',
      '',
      '## Claiming Personal Independence Payment',
      '',
      '## Frequently Asked Questions (FAQs)',
    ].join('\n');
    const found = await run(headings, text);
    expect(found.map((f) => [f.excerpt, f.suggestions?.[0]])).toEqual([['## Frequently Asked Questions (FAQs)', 'Frequently asked questions (FAQs)']]);
  });

  it('says why in the house style of the preset (its guide option)', async () => {
    const text = '## Apply For Your Blue Badge';
    const [nhs] = await run(headings, text, nhsPreset.rules.headings, { preset: 'nhs' });
    const [govuk] = await run(headings, text, govukPreset.rules.headings, { preset: 'govuk' });
    expect(nhs!.why).toBe('The NHS uses sentence case in headings, because it is easier to read.');
    expect(govuk!.why).toBe('GOV.UK uses sentence case in headings, because it is easier to read.');
  });

  it('finds headings in capitals, but not acronyms', async () => {
    const text = '# OPENING HOURS\n\n## NHS\n\n## COVID-19 VACCINES\n\n## Your NHS GP';
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual([
      '1:1-1:16 warning The heading “OPENING HOURS” is in capitals. [# OPENING HOURS]',
      '5:1-5:21 warning The heading “COVID-19 VACCINES” is in capitals. [## COVID-19 VACCINES]',
    ]);
    expect(found.map((f) => f.suggestions?.[0])).toEqual(['Opening hours', 'COVID-19 vaccines']);
  });

  it('suggests removing a full stop at the end of a heading', async () => {
    const text = '## Book your appointment.\n\n## What to do, etc.';
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual(['1:25-1:26 suggestion The heading “Book your appointment.” ends with a full stop. [.]']);
    expect(applyFix(text, found[0]!)).toBe('## Book your appointment\n\n## What to do, etc.');
  });

  it('gives no rewritten heading when it would split or lower a name (fresh-text audit)', async () => {
    const text = [
      '# Going home',
      '',
      'Ask about your Care and Support Plan before you go. Put out your Big Bin on Monday.',
      '',
      '## Has Your Bin Been Missed?',
      '',
      '## Discharge Information for Queen Elizabeth',
      '',
      '## What Happens When You Apply for Support From Adult Social Care',
      '',
      '## Book Your Flu Jab Early',
    ].join('\n');
    const found = await run(headings, text);
    const general = 'Use a capital letter for the first word and for names only, like “Apply for a Blue Badge”.';
    expect(found.map((f) => [f.excerpt.replace(/^#+ /, ''), f.suggestions?.[0]])).toEqual([
      ['Has Your Bin Been Missed?', general],
      ['Discharge Information for Queen Elizabeth', general],
      ['What Happens When You Apply for Support From Adult Social Care', general],
      ['Book Your Flu Jab Early', 'Book your flu jab early'],
    ]);
  });

  it('suggests removing a colon at the end of a heading', async () => {
    const text = '## Where to find us:\n\n## Opening hours: weekends';
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual(['1:20-1:21 suggestion The heading “Where to find us:” ends with a colon. [:]']);
    expect(applyFix(text, found[0]!)).toBe('## Where to find us\n\n## Opening hours: weekends');
  });

  it('with the govuk guide, suggests a statement for a question heading', async () => {
    const text = [
      '# Apply for a parking permit',
      '## Can I get a permit for a second car?',
      '## How do I apply for a permit?',
      '## What is your vehicle registration number?',
      '## Do you need a permit?',
      '## Why?',
    ].join('\n\n');
    const found = await run(headings, text, govukPreset.rules.headings, { preset: 'govuk' });
    expect(found.map(brief)).toEqual([
      '3:1-3:40 suggestion The heading “Can I get a permit for a second car?” is a question. [## Can I get a permit for a second car?]',
      '5:1-5:32 suggestion The heading “How do I apply for a permit?” is a question. [## How do I apply for a permit?]',
    ]);
    expect(found[1]!.suggestions).toEqual(['How to apply for a permit']);
    expect(found[0]!.why).toMatch(/^GOV\.UK headings are statements/);
    // The NHS asks questions in headings (“What is asthma?”).
    expect(await run(headings, text, nhsPreset.rules.headings, { preset: 'nhs' })).toEqual([]);
  });

  it('finds a bold line used as a heading before a paragraph, but not labels, names or bold sentences', async () => {
    const text = [
      '## Opening hours',
      '',
      '**What is changing**',
      '',
      'The practice will open at 7:30am on Tuesdays.',
      '',
      '**Remember:** the pharmacy keeps its hours.',
      '',
      '**Dr Amina Patel**',
      '',
      'Clinical Director',
      '',
      '**Please bring your letter.**',
      '',
      'It has your NHS number on it.',
      '',
      '**Before you come:**',
      '',
      'Eat and drink as normal.',
      '',
      '- **In a list**',
      '',
      '  Text in the list item.',
    ].join('\n');
    const found = await run(headings, text);
    expect(found.map(brief)).toEqual([
      '3:1-3:21 warning “What is changing” looks like a heading, but it is bold text. [**What is changing**]',
    ]);
    expect(found[0]!.suggestions).toEqual(['### What is changing']);
  });
});

describe('all-caps', () => {
  it('finds words and runs in capitals, with positions and a lower-case suggestion', async () => {
    const text = 'Please DO NOT attend.\n\nIMPORTANT: bring your letter.\n\nPLEASE CALL NHS 111 if you are unwell.';
    const found = await run(allCaps, text);
    expect(found.map(brief)).toEqual([
      '1:8-1:14 warning “DO NOT” is in capitals. [DO NOT]',
      '3:1-3:10 warning “IMPORTANT” is in capitals. [IMPORTANT]',
      '5:1-5:12 warning “PLEASE CALL” is in capitals. [PLEASE CALL]',
    ]);
    expect(found.map((f) => f.suggestions?.[0])).toEqual(['do not', 'Important', 'Please call']);
    expect(found[0]!.why).toMatch(/letter by letter/);
  });

  it('leaves acronyms, numbers, Roman numerals, OK, headings, code and placeholders alone', async () => {
    const text = [
      '# IMPORTANT NEWS',
      '',
      'The NHS, your GP and A&E. COVID-19 vaccines. Part IV. It is OK. Use `README` and `CHANGELOG`.',
      '',
      'The Clinical Assessment Service (CAS) helps. CAS staff answer calls. Dear [NAME], on DD MONTH YYYY.',
      '',
      'Read [MISUSE threat modelling](https://a.example/misuse).',
    ].join('\n');
    expect(await run(allCaps, text)).toEqual([]);
  });

  it('treats acronyms from the settings as acronyms', async () => {
    const text = 'The SWIFT team will call you.';
    expect((await run(allCaps, text)).map((f) => f.excerpt)).toEqual(['SWIFT']);
    expect(await run(allCaps, text, {}, { acronyms: ['SWIFT'] })).toEqual([]);
  });

  it('does not flag short unknown acronyms it cannot tell from words', async () => {
    expect(await run(allCaps, 'Ask the MSK team or the ICB about FHIR and WCAG.')).toEqual([]);
  });
});

describe('long-paragraph', () => {
  const seven =
    'The surgery is moving. It opens on 1 March. It is on Station Road. There is parking. ' +
    'The bus stops outside. Staff will help you. Call us if you need help.';

  it('suggests splitting paragraphs of more than 5 sentences', async () => {
    const found = await run(longParagraph, `# Moving\n\n${seven}`);
    expect(found.map((f) => `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.severity} ${f.message}`)).toEqual([
      '3:1-3:154 suggestion This paragraph has 7 sentences.',
    ]);
  });

  it('counts words too, and follows its options', async () => {
    const words = Array.from({ length: 101 }, () => 'word').join(' ') + '.';
    expect((await run(longParagraph, words)).map((f) => f.message)).toEqual(['This paragraph has 101 words.']);
    expect(await run(longParagraph, words, { maxWords: 150 })).toEqual([]);
    expect((await run(longParagraph, 'One. Two. Three.', { maxSentences: 2 })).map((f) => f.message)).toEqual([
      'This paragraph has 3 sentences.',
    ]);
  });

  it('checks quotes but not list items or table cells', async () => {
    const text = `> ${seven}\n\n- ${seven}\n\n| A |\n| - |\n| ${seven} |`;
    const found = await run(longParagraph, text);
    expect(found.map((f) => f.start.line)).toEqual([1]);
  });

  it('works the same in the govuk preset', async () => {
    const result = await lintMarkdown(`# Moving\n\n${seven}`, { extends: 'govuk' });
    expect(result.findings.filter((f) => f.ruleId === 'long-paragraph')).toHaveLength(1);
  });
});

describe('Word documents', () => {
  const loader = new ConfigLoader();
  const mine = new Set(['alt-text', 'link-text', 'headings', 'all-caps', 'long-paragraph']);
  async function word(name: string) {
    const report = await lintFile(join(ROOT, 'fixtures', 'docx', name), { loader });
    expect(report.error).toBeUndefined();
    expect(report.ruleFailures).toEqual([]);
    return report.findings
      .filter((f) => mine.has(f.ruleId))
      .map((f) => `p${f.paragraph} ${f.start.column}-${f.end.column} ${f.ruleId} ${f.severity} ${f.message} [${f.excerpt}]`);
  }

  it('example-draft.docx: an image with no alt text, a file name as alt text, “click here”', async () => {
    expect(await word('example-draft.docx')).toEqual([
      'p8 1-1 alt-text error This image has no alt text. []',
      'p20 1-1 alt-text warning The alt text “IMG_2041.jpg” is a file name. []',
      'p26 36-46 link-text warning The link text “click here” does not say where the link goes. [click here]',
    ]);
  });

  it('decorative-image.docx: the decorative image and the described image are fine', async () => {
    expect(await word('decorative-image.docx')).toEqual([]);
  });

  it('fake-heading.docx: a bold paragraph used as a heading', async () => {
    expect(await word('fake-heading.docx')).toEqual([
      'p3 1-17 headings warning “What is changing” looks like a heading, but it is bold text. [What is changing]',
    ]);
  });

  it('clean.docx: nothing to report', async () => {
    expect(await word('clean.docx')).toEqual([]);
  });
});
