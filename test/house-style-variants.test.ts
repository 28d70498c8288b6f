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

describe('house-style: a dash typed as 2 hyphens', () => {
  it('asks for a dash in place of “--” between words', async () => {
    const text = 'We had a good year -- thank you. It was a busy year--and a long one.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['dash: --', 'dash: --']);
    expect(findings[0]!.message).toBe('Use a dash (–) here, not 2 hyphens (--), or start a new sentence.');
    expect(fixedText(text, findings)).toBe('We had a good year – thank you. It was a busy year–and a long one.');
  });

  it('leaves options on a command line alone', async () => {
    expect(await found('Run the checker --fix to mend it.')).toEqual([]);
  });
});

describe('house-style: “till” in a range of times', () => {
  it('asks for “to” when only the second time has am or pm', async () => {
    const text = 'Visiting is 2 till 4pm. The desk is open 9.30 til 1pm.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toContain('ranges: 2 till 4pm');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toContain('ranges: 9.30 til 1pm');
  });

  it('leaves money and “till” as a noun alone', async () => {
    expect(await found('It costs £2 till 4pm. Pay at the till by 4pm.')).toEqual([]);
  });
});
