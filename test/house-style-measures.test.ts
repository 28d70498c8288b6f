/**
 * house-style checks on fractions, file sizes, decimal hours, “zero degrees” and sort codes from
 * the NHS and GOV.UK A to Z guides (rules/house-style/measures.ts), on made-up text.
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

const GOVUK = { guide: 'govuk' };

describe('house-style: fractions', () => {
  it('hyphenates a fraction in words, and spells out “2/3 of”', async () => {
    const text = 'About two thirds of people agreed. 3/4 of the staff and 1/2 of the rest came.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'hyphens: two thirds → two-thirds',
      'hyphens: 3/4 → Three-quarters',
      'hyphens: 1/2 → half',
    ]);
    expect(findings[0]!.message).toBe('Write “two-thirds” with a hyphen.');
    // Only the words in “two thirds” are fixed: “3/4 of” may need rewording around it.
    expect(fixedText(text, findings)).toBe('About two-thirds of people agreed. 3/4 of the staff and 1/2 of the rest came.');
  });

  it('leaves dates, “one third party”, hyphenated fractions and tables alone', async () => {
    expect(await found('Come on 2/3/2026. We use one third party. About two-thirds came. It was 2/3 full.')).toEqual(['dates: 2/3/2026']);
    expect(await found('| Share | Count |\n| --- | --- |\n| 2/3 of staff | 40 |\n')).toEqual([]);
  });
});

describe('house-style: file sizes', () => {
  it('asks for MB over 1MB and KB under it', async () => {
    const text = 'The form is 4096KB and the leaflet is 0.5MB. The plan is 1,536 KB.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'units: 4096KB → 4MB',
      'units: 0.5MB → 512KB',
      'units: 1,536 KB → 1.5MB',
    ]);
    expect(fixedText(text, findings)).toBe('The form is 4MB and the leaflet is 512KB. The plan is 1.5MB.');
  });

  it('writes a size in small letters in capitals, with no space', async () => {
    const text = 'Read the carers guide (pdf 3.2mb) or the short version (word 340 kb).';
    // “pdf” in small letters is the terms check's (PDF); the sizes are this check's
    const findings = (await lint(text)).filter((f) => f.data?.check === 'units');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['units: 3.2mb → 3.2MB', 'units: 340 kb → 340KB']);
    expect(findings[0]!.why).toContain('capital letters');
    expect(fixedText(text, findings)).toBe('Read the carers guide (pdf 3.2MB) or the short version (word 340KB).');
  });

  it('reads “Mb” and “Kb” next to a file type as a file size, in link text too, but not a speed', async () => {
    const text = 'Read [the carers guide (PDF, 3.2Mb)](https://example.org/guide.pdf) or the Word file (340Kb).';
    const findings = (await lint(text)).filter((f) => f.data?.check === 'units');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['3.2Mb → 3.2MB', '340Kb → 340KB']);
    expect(await found('Broadband runs at 30Mb a second in the library.')).toEqual([]);
  });

  it('leaves sizes already written the guides’ way alone', async () => {
    expect(await found('The form is 4MB and the leaflet is 569KB. The plan is 1.2MB.')).toEqual([]);
    // A note that names the form to avoid, as the guides' own entries do.
    expect(await found('Use MB for anything over 1MB: 4MB not 4096KB.')).toEqual([]);
    expect(await found("Use 'zero degrees' not '0 degrees' or 0°.", GOVUK)).toEqual([]);
    // Sizes compared in one unit keep it, as in a table of sizes.
    expect(await found('It took twice as long at 2.4 MB as at 0.3 MB.')).toEqual([]);
    expect(await found('| Size | Time |\n| --- | --- |\n| 0.3 MB | 2s |\n')).toEqual([]);
  });
});

describe('house-style: decimal hours', () => {
  it('writes hours and minutes, keeping the full stop', async () => {
    const text = 'The test takes 6.5 hours. The drive is 1.5hrs. The class lasts 0.75 hours.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'times: 6.5 hours → 6 hours 30 minutes',
      'times: 1.5hrs → 1 hour 30 minutes',
      'times: 0.75 hours → 45 minutes',
    ]);
    expect(fixedText(text, findings)).toBe('The test takes 6 hours 30 minutes. The drive is 1 hour 30 minutes. The class lasts 45 minutes.');
  });

  it('leaves whole hours and other decimals alone', async () => {
    expect(await found('The test takes 6 hours. Grade 6.5 is a pass.')).toEqual([]);
  });

  it('leaves contract hours alone: a week, per week, working, part-time', async () => {
    expect(await found('The post is 37.5 hours per week. Some staff work 22.5 hours a week, and part-time 18.75 hours is fine.')).toEqual([]);
    expect(await found('You will be working 7.5 hours on each shift.')).toEqual([]);
    // a length of time in the same page is still named
    expect((await found('The post is 37.5 hours per week. The training day lasts 6.5 hours.')).length).toBe(1);
  });
});

describe('house-style: zero degrees and sort codes (GOV.UK)', () => {
  it('asks for “zero degrees” and a sort code with spaces', async () => {
    const text = 'Keep it at 0 degrees or 0°C. Pay into sort code 60-70-80.';
    const findings = await lint(text, GOVUK);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'units: 0 degrees → zero degrees',
      'units: 0°C → zero degrees',
      'hyphens: 60-70-80 → 60 70 80',
    ]);
    expect(fixedText(text, findings)).toBe('Keep it at zero degrees or zero degrees. Pay into sort code 60 70 80.');
  });

  it('leaves other temperatures, other numbers and the NHS preset alone', async () => {
    expect(await found('Keep it at 10°C. The score was 60-70 points.', GOVUK)).toEqual(['ranges: 60-70']);
    expect(await found('Pay into sort code 60 70 80.', GOVUK)).toEqual([]);
    expect(await found('Pay into sort code 60-70-80.')).toEqual([]);
  });
});
