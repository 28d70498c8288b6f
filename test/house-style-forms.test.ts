/**
 * house-style word forms and ranges from the NHS and GOV.UK A to Z guides, on made-up text:
 * “percent” with a number, “yrs” and “wks”, “login” used as a verb, “self-” compounds, and a
 * dash between 2 numbers written as words (“three- six months”), which is a range.
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: percent, years and weeks', () => {
  it('asks for “50%” in place of “50 percent”, and writes out “yrs” and “wks”', async () => {
    const text = 'We cut waits by 50 percent. The course lasts 2 yrs and the break 6 wks.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['percent: 50 percent', 'units: 2 yrs', 'units: 6 wks']);
    expect(fixedText(text, findings)).toBe('We cut waits by 50%. The course lasts 2 years and the break 6 weeks.');
  });

  it('leaves “percentage” and “percent” with no number alone', async () => {
    expect(await found('The percentage of people who came went up. What percent came?')).toEqual([]);
  });
});

describe('house-style: login as a verb', () => {
  it('asks for “log in” (NHS) or “sign in” (GOV.UK) when “login” is something people do', async () => {
    const text = 'You can login with your NHS number. Please login to see your results.';
    const nhs = await lint(text);
    expect(nhs.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['login → log in', 'login → log in']);
    expect(nhs[0]!.message).toBe('Write “log in” as 2 words when it is something people do, not “login”.');
    const govuk = await lint(text, { guide: 'govuk' });
    expect(govuk.map((f) => f.suggestions?.[0])).toEqual(['sign in', 'sign in']);
  });

  it('leaves “login” as a noun and the NHS login alone', async () => {
    expect(await found('Go to the login page. Keep your login details safe. Use your NHS login. We sent you a login code.')).toEqual([]);
  });
});

describe('house-style: self- compounds', () => {
  it('asks for the hyphen in “self-assessment” and “self-care”', async () => {
    const text = 'You can do a supported self assessment. Self care is important.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['terms: self assessment', 'terms: Self care']);
    expect(fixedText(text, findings)).toBe('You can do a supported self-assessment. Self-care is important.');
  });

  it('leaves HMRC’s “Self Assessment” title and “self” on its own alone', async () => {
    expect(await found('Send your Self Assessment tax return. Be your true self and help others. It is self-funded.')).toEqual([]);
  });
});

describe('house-style: a dash between numbers in words', () => {
  it('asks for “to” in “three- six months”, not for a spaced dash', async () => {
    const text = 'It takes three- six months, or three - six weeks.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['ranges: - ', 'ranges:  - ']);
    expect(findings[0]!.message).toBe('Use “to” in ranges: “three to six”, not “three- six”.');
    expect(fixedText(text, findings)).toBe('It takes three to six months, or three to six weeks.');
  });

  it('still asks for a dash between words', async () => {
    expect(await found('Essex- Provide care. Pay - see below.')).toEqual(['dash: - ', 'dash: -']);
  });
});

describe('house-style: short day names in a range', () => {
  it('asks for the days in full in “Mon to Fri”, but not in a GOV.UK table', async () => {
    const text = 'We are open Mon to Fri, and from Sun to Sat in winter.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['ranges: Mon to Fri', 'ranges: Sun to Sat']);
    expect(fixedText(text, findings)).toBe('We are open Monday to Friday, and from Sunday to Saturday in winter.');
    const table = '| Days | Times |\n| --- | --- |\n| Mon to Fri | 9am to 5pm |';
    expect(await found(table, { guide: 'govuk', relaxTables: true })).toEqual([]);
  });

  it('leaves “sat” and days written in full alone', async () => {
    expect(await found('He sat to eat. Open Monday to Friday.')).toEqual([]);
  });
});
