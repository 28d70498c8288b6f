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

describe('house-style: file types in capitals', () => {
  it('asks for “PDF” in place of “pdf”, under both guides', async () => {
    const text = 'Read the leaflet (pdf, 2MB) or ask us for the pdfs.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['pdf → PDF', 'pdfs → PDFs']);
    expect(fixedText(text, findings)).toBe('Read the leaflet (PDF, 2MB) or ask us for the PDFs.');
    expect(await found('Read the leaflet (pdf, 2MB).', { guide: 'govuk' })).toEqual(['terms: pdf']);
  });

  it('leaves “PDF” and a file name alone', async () => {
    expect(await found('Read the leaflet (PDF, 2MB). Save it as leaflet.pdf on your phone.')).toEqual([]);
  });
});

describe('house-style: forms with their own capitals (keepCase)', () => {
  it('NHS: “X-ray”, “long COVID”, “NHS App”, “NHS login”, “NHS 111 online”, “Alzheimer’s”, “5 A Day”', async () => {
    const text =
      'Book an x-ray or xrays. Tell us about long COVID-19. Download the NHS app and use NHS Login. ' +
      'Go to NHS 111 Online. Alzheimers disease can start slowly. Aim for your 5-a-day.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'x-ray → X-ray',
      'xrays → X-rays',
      'long COVID-19 → long COVID',
      'NHS app → NHS App',
      'NHS Login → NHS login',
      'NHS 111 Online → NHS 111 online',
      "Alzheimers → Alzheimer's",
      '5-a-day → 5 A Day',
    ]);
    expect(findings[0]!.message).toBe('Write “X-ray”, not “x-ray”.');
  });

  it('leaves the guide’s own forms alone, and a curly apostrophe counts as the same', async () => {
    const text = 'Book an X-ray. Tell us about long COVID. Use the NHS App and NHS login. Go to NHS 111 online. Alzheimer’s disease and Alzheimer\'s Society.';
    expect(await found(text)).toEqual([]);
    expect(await found('Message us on WhatsApp. Use 5 GHz wifi.', { guide: 'govuk' })).toEqual([]);
  });

  it('NHS: “cows’ milk”, “goats’ milk” and “walk-in centre”', async () => {
    const text = 'Cows milk and goat’s milk are fine. Go to a walk in centre.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['Cows milk → Cows\' milk', 'goat’s milk → goats\' milk', 'walk in centre → walk-in centre']);
    expect(await found('Cows’ milk and sheep’s milk are fine. Go to a walk-in centre.')).toEqual([]);
  });

  it('GOV.UK: “A level”, “T Level”, “GHz”, “the GOV.UK app”, “WhatsApp” and one-word or 2-word forms', async () => {
    const text =
      'She has 3 A-levels and a T-level. The signal is 5 Ghz. Get the GOV.UK App. Message us on Whatsapp. ' +
      'Read our blogpost on the curricula. Good team work helps the coast guard. A self driving, zero-emission vehicle.';
    const findings = await lint(text, { guide: 'govuk' });
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'A-levels → A levels',
      'T-level → T Level',
      'Ghz → GHz',
      'GOV.UK App → GOV.UK app',
      'Whatsapp → WhatsApp',
      'blogpost → blog post',
      'curricula → curriculums',
      'team work → teamwork',
      'coast guard → coastguard',
      'self driving → self-driving',
      'zero-emission vehicle → zero emission vehicle',
    ]);
    // NHS style does not set these forms.
    expect(await found('She has 3 A-levels. Read our blogpost.')).toEqual([]);
  });

  it('NHS: “A&E” with no spaces, but not “vitamins A & E”', async () => {
    const findings = await lint('Go to A & E if it is serious. Vitamins A & E are in food.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['A & E → A&E']);
    expect(await found('Go to A&E if it is serious.')).toEqual([]);
  });

  it('“OK” in capitals, not “ok” or “Ok”', async () => {
    const findings = await lint('It is ok to ask. Ok, call us if you are worried.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['ok → OK', 'Ok → OK']);
    expect(await found('It is OK to ask.')).toEqual([]);
  });

  it('NHS: things are “in the NHS App”, not “on” it; “information on the NHS App” is about it', async () => {
    const text = 'You can order repeat prescriptions on the NHS App. Read more information on the NHS App.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['on → in']);
    expect(fixedText(text, findings)).toBe('You can order repeat prescriptions in the NHS App. Read more information on the NHS App.');
    expect(await found('You can order repeat prescriptions on the NHS App.', { guide: 'govuk' })).toEqual([]);
  });

  it('leaves “a level of care” and capitals text alone', async () => {
    expect(await found('We give a level of care you can trust.', { guide: 'govuk' })).toEqual([]);
    expect(await found('# BOOK AN XRAY\n\nCall us.')).toEqual([]);
  });
});

describe('house-style: address ranges (GOV.UK)', () => {
  it('asks for “to” between house numbers before a street', async () => {
    const text = 'Our office is at 49-53 Cherry Street. Parking is at 2-4 Mill Lane.';
    const findings = await lint(text, { guide: 'govuk' });
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['ranges: 49-53', 'ranges: 2-4']);
    expect(fixedText(text, findings)).toBe('Our office is at 49 to 53 Cherry Street. Parking is at 2 to 4 Mill Lane.');
  });

  it('leaves a name after a range alone, and addresses under the NHS preset', async () => {
    expect(await found('Pupils in Grade 3-5 Apprenticeship classes.', { guide: 'govuk' })).toEqual([]);
    expect(await found('Our office is at 49-53 Cherry Street.')).toEqual([]);
  });
});

describe('house-style: “the NHS” (NHS)', () => {
  it('asks for “The NHS” when a sentence opens with “NHS” and a verb', async () => {
    const text = 'NHS is free for everyone. NHS will pay for your travel.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['NHS → The NHS', 'NHS → The NHS']);
    expect(fixedText(text, findings)).toBe('The NHS is free for everyone. The NHS will pay for your travel.');
  });

  it('leaves “NHS” that describes a noun, names, headings and the GOV.UK preset alone', async () => {
    expect(await found('The NHS is free. NHS England is here. NHS services are free. NHS staff will help.')).toEqual([]);
    expect(await found('# NHS is changing\n\nRead on.')).toEqual([]);
    expect(await found('NHS is free for everyone.', { guide: 'govuk' })).toEqual([]);
  });
});
