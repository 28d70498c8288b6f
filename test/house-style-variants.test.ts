/**
 * house-style: known slips in other forms, on made-up text. Year ranges in the name of a plan
 * (“our Care Strategy 2024-29”), years with a slash (“2024/25”), and file sizes in mixed case
 * (“2.5 Mb”, “40 Kb”).
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: year ranges in a name', () => {
  it('asks for “to” in years after or before a capital', async () => {
    const text = 'Read our Care Strategy 2024-29 online. The 2024-2029 Estates Plan is out.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ranges: 2024-29 → 2024 to 2029',
      'ranges: 2024-2029 → 2024 to 2029',
    ]);
    expect(fixedText(text, findings)).toBe('Read our Care Strategy 2024 to 2029 online. The 2024 to 2029 Estates Plan is out.');
  });

  it('still leaves numbers in a name that are not years alone', async () => {
    expect(await found('Apply for the Grade 3-5 Apprenticeship. See Ward 12-14 Annexe.')).toEqual([]);
  });
});

describe('house-style: years with a slash', () => {
  it('asks for “to” between 2 years in a row', async () => {
    const text = 'The budget for 2024/25 is set. We spent less in 2019/2020.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ranges: 2024/25 → 2024 to 2025',
      'ranges: 2019/2020 → 2019 to 2020',
    ]);
    expect(findings[0]!.message).toBe('Use “to” in ranges: “2024 to 2025”, not “2024/25”.');
    expect(fixedText(text, findings)).toBe('The budget for 2024 to 2025 is set. We spent less in 2019 to 2020.');
  });

  it('leaves dates, references, years apart and ranges of such years alone', async () => {
    expect(await found('Our ref is 2024/0412. The case is 2019/21. See form 12/2024/25.')).toEqual([]);
    expect(await found('The plan covers 2024/25 – 2028/29. The fund runs 2024/25 to 2026/27.')).toEqual([]);
    expect(await found('Read it at [our site](https://example.org/2024/25).')).toEqual([]);
  });
});

describe('house-style: file sizes in mixed case', () => {
  it('writes “Mb”, “Kb” and “kB” in capitals', async () => {
    const text = 'Read the guide (PDF, 2.5 Mb) or the summary (PDF, 40Kb) or the form (Word, 90 kB).';
    const findings = (await lint(text)).filter((f) => f.data?.check === 'units');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['2.5 Mb → 2.5MB', '40Kb → 40KB', '90 kB → 90KB']);
    expect(fixedText(text, findings)).toBe('Read the guide (PDF, 2.5MB) or the summary (PDF, 40KB) or the form (Word, 90KB).');
  });
});
