/**
 * house-style checks from the NHS and GOV.UK A to Z guides on made-up text: money (“£75” not
 * “£75.00”, “£5 million” not “£5m”, “4 pence”), “50%” not “50 per cent”, phone numbers and their
 * labels, a slash for “or”, “(s)” plurals, full stops in titles and abbreviations, spaces around
 * punctuation, a hyphen after an “-ly” adverb and a dash with a space on one side only. Each check
 * fires, says the guide’s form, and stays silent on near misses.
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: money', () => {
  it('asks for “£75”, “£5 million” and “4 pence”, and fixes them', async () => {
    const text = 'The fee is £75.00 and the fund is £2.5bn. Parking costs £3k a year. Calls cost 4p a minute.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'money: £75.00 → £75',
      'money: £2.5bn → £2.5 billion',
      'money: £3k → £3,000',
      'money: 4p → 4 pence',
    ]);
    expect(fixedText(text, findings)).toBe('The fee is £75 and the fund is £2.5 billion. Parking costs £3,000 a year. Calls cost 4 pence a minute.');
    expect(findings[0]!.message).toBe('Write “£75”, not “£75.00”: leave out “.00” when there are no pence.');
  });

  it('leaves pence, tables of prices, pages and picture sizes alone', async () => {
    expect(await found('It costs £75.50, or £1,250 for the year. Read page 4p of the notes. Watch it in 1080p.')).toEqual([]);
    expect(await found('| Item | Price |\n| --- | --- |\n| Parking | £4.00 |\n')).toEqual([]);
  });

  it('asks for a space in “£21million” and the word in “£2.5 mn”', async () => {
    const text = 'The plan costs £21million. The new ward costs £2.5 mn.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['£21million → £21 million', '£2.5 mn → £2.5 million']);
    expect(findings[0]!.message).toBe('Write “£21 million”, with a space before “million”.');
    expect(fixedText(text, findings)).toBe('The plan costs £21 million. The new ward costs £2.5 million.');
  });

  it('asks for a space in a count with “million” run on to it, “1.3million people”, and leaves “1.3 million” alone', async () => {
    const text = 'About 1.3million people use the service, and 2Billion visits were made.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['1.3million → 1.3 million', '2Billion → 2 billion']);
    expect(findings[0]!.message).toBe('Write “1.3 million”, with a space before “million”.');
    expect(await found('About 1.3 million people and 12 millionaires live here. Call 0300million.')).toEqual([]);
  });

  it('GOV.UK: writes an amount under £1 million or £1 billion in full, unless it sits beside larger ones', async () => {
    const text = 'The grant is £0.5 million. The scheme spent £0.25 billion. A loan of £0.4m is open.';
    const findings = await lint(text, { guide: 'govuk' });
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      '£0.5 million → £500,000',
      '£0.25 billion → £250 million',
      '£0.4m → £400,000',
    ]);
    expect(await found('There was £15.6 billion spent in May, an increase of £0.2 billion.', { guide: 'govuk' })).toEqual([]);
    // NHS style says nothing on it: “£0.5 million” is left alone there.
    expect(await found('The grant is £0.5 million.')).toEqual([]);
  });
});

describe('house-style: per cent', () => {
  it('asks for the % sign with a number', async () => {
    const findings = await lint('About 45 per cent of people said yes.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['45 per cent → 45%']);
  });

  it('leaves “per cent” with no number alone', async () => {
    expect(await found('The rise in per cent terms was small.')).toEqual([]);
  });
});

describe('house-style: phone numbers', () => {
  it('flags brackets, hyphens and numbers with no spaces, with the number written the guides’ way', async () => {
    const findings = await lint('Call the clinic on (01632) 960123, 020-7946-0457 or 07700900461.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      '(01632) 960123 → 01632 960123',
      '020-7946-0457 → 020 7946 0457',
      '07700900461 → 07700 900 461',
    ]);
    expect(findings.every((f) => f.severity === 'suggestion')).toBe(true);
  });

  it('asks for “Phone:” (NHS) or “Telephone:” (GOV.UK) in place of “Tel:” and “Mob:”', async () => {
    const text = 'Tel: 0300 123 4567\n\nMob. 07700 900 461';
    expect((await lint(text)).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['Tel: → Phone:', 'Mob. → Mobile:']);
    expect((await lint(text, { guide: 'govuk' })).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'Tel: → Telephone:',
      'Mob. → Mobile phone:',
    ]);
  });

  it('flags a London, Cardiff or Belfast number with the area code run into the local number', async () => {
    const text = 'Please call us on 0207 946 0457 or phone 02920 018393.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['0207 946 0457 → 020 7946 0457', '02920 018393 → 029 2001 8393']);
    expect(fixedText(text, findings)).toBe('Please call us on 020 7946 0457 or phone 029 2001 8393.');
    expect(await found('Your case number is 0207 946 0457.')).toEqual([]);
  });

  it('leaves numbers with spaces, dates, codes and numbers with no phone words alone', async () => {
    expect(await found('Call 0300 123 4567 or 020 7946 0457. Phone: 111.')).toEqual([]);
    expect(await found('The order number is 01234567890. The form is version 2.1.')).toEqual([]);
  });
});

describe('house-style: slashes', () => {
  it('flags a slash between days of the week, but not between 2 names', async () => {
    const findings = await lint('For a visit on Saturday/Sunday, call the ward. The clinic is open Mon/Wed.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'slashes: Saturday/Sunday → Saturday or Sunday',
      'slashes: Mon/Wed → Mon or Wed',
    ]);
    expect(await found('Go to the Fisk/Cheere wards. Ask at Brook/Kent House.')).toEqual([]);
  });

  it('asks for “or” (or “and”) in place of a slash between words', async () => {
    const findings = await lint('Ask your parents/carers to sign the form.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['slashes: parents/carers']);
    expect(findings[0]!.suggestions).toEqual(['parents or carers', 'parents and carers']);
    expect(findings[0]!.message).toBe('Write “parents or carers”, not “parents/carers”, or “parents and carers” if you mean both.');
  });

  it('flags a slash with a space on one side, but not a spaced slash between labels', async () => {
    const findings = await lint('We help with diagnosis/ treatment.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['diagnosis/ treatment → diagnosis or treatment']);
    expect(await found('Go to Home / Services / Contact us.')).toEqual([]);
  });

  it('flags a slash with a space on each side between words, at the slash', async () => {
    const findings = await lint('Ask your relative / carer to help. Take the dose on the box / exactly as your GP said.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['slashes: / → or', 'slashes: / → or']);
    expect(findings[0]!.message).toBe('Use “or” in place of the slash between “relative” and “carer”, or say it another way.');
    expect(await found('Go to Home / Services / Contact us. It costs £5 / month. Open 24 / 7.')).toEqual([]);
    // Quoted words are someone else's, even in a long quotation.
    expect(await found('The notes list «was sent / will be checked / has been read» as passive.')).toEqual([]);
  });

  it('leaves a word and its name in another script alone: a label, not a choice', async () => {
    expect(await found('Letters in other languages: Arabic / عربى, Greek/Ελληνικά and bengali / বাংলা.')).toEqual([]);
  });

  it('asks for words in place of “N/A”', async () => {
    expect((await lint('Write N/A if it does not apply.')).map((f) => f.suggestions)).toEqual([['not applicable', 'no data']]);
  });

  it('leaves rates, letters, names, toggles, numbers and paths alone', async () => {
    expect(
      await found(
        'Take 5mg/ml, 14 units/week. Read the A/B test and the w/c date. AC/DC and Black/Black British are names. ' +
          'Press the play/pause button for a yes/no answer. It is a 24/7 line. The house-style/times family.',
      ),
    ).toEqual([]);
    expect(await found('| Answer |\n| --- |\n| parent/carer |\n')).toEqual([]);
  });
});

describe('house-style: brackets for plurals', () => {
  it('asks for the plural in place of “(s)”, and fixes it', async () => {
    const text = 'Bring your document(s) and your child(ren).';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['brackets: document(s)', 'brackets: child(ren)']);
    expect(fixedText(text, findings)).toBe('Bring your documents and your children.');
  });

  it('asks for the plural in place of “/s”, and leaves web addresses and other slashes alone', async () => {
    const text = 'Ask the provider/s to call you. Put the box/es out.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['brackets: provider/s', 'brackets: box/es']);
    expect(fixedText(text, findings)).toBe('Ask the providers to call you. Put the boxes out.');
    expect((await lint('Go to www.example.org/s or example.org/news/s for more.')).filter((f) => f.data?.check === 'brackets')).toEqual([]);
  });
});

describe('house-style: full stops in abbreviations', () => {
  it('flags “Dr.” before a name and “N.H.S.”', async () => {
    const text = 'Dr. Patel and Mrs. Jones work for the N.H.S. in Leeds.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['Dr. → Dr', 'Mrs. → Mrs', 'N.H.S. → NHS']);
    expect(fixedText(text, findings).startsWith('Dr Patel and Mrs Jones')).toBe(true);
  });

  it('leaves initials before a name, “e.g.” and titles at the end of a sentence alone', async () => {
    expect(await found('J.R. Smith wrote it. Ask the Dr. then wait. Ask the Dr. Then wait.', { checks: { eg: false } })).toEqual([]);
  });

  it('flags “Rt. Hon.”, “Cllr.” and “Rev.” before a name, and fixes them', async () => {
    const text = 'The Rt. Hon. Jane Smith MP met Cllr. Patel and Rev. Jones. The Rt Hon. Sam Lee came too.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['Rt. Hon. → Rt Hon', 'Cllr. → Cllr', 'Rev. → Rev', 'Rt Hon. → Rt Hon']);
    expect(fixedText(text, findings)).toBe('The Rt Hon Jane Smith MP met Cllr Patel and Rev Jones. The Rt Hon Sam Lee came too.');
    expect(await found('The Rt Hon Jane Smith MP met Cllr Patel.')).toEqual([]);
  });
});

describe('house-style: 2 spaces after a full stop', () => {
  it('says it once a page, on the first, with the count', async () => {
    const text = 'Fill in the form.  Then post it to us.\n\nWe will call you.  It takes a week.  Keep your letter.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.start.line}:${f.start.column} ${f.message}`)).toEqual([
      'spacing: 1:18 Use one space after a full stop, not 2. This page has 2 spaces after 3 sentences.',
    ]);
    expect(findings[0]!.severity).toBe('suggestion');
  });

  it('fixes a single one, and leaves line breaks, tables and one space alone', async () => {
    const text = 'Fill in the form.  Then post it to us.';
    expect(fixedText(text, await lint(text))).toBe('Fill in the form. Then post it to us.');
    expect(await found('Fill in the form.  \nThen post it to us. Call us.')).toEqual([]);
    expect(await found('| Step | What |\n| --- | --- |\n| 1 | Fill it in.  Post it. |\n')).toEqual([]);
  });
});

describe('house-style: 2 spaces between words', () => {
  it('counts them with the ones after a full stop, in one finding', async () => {
    const text = 'This is set out in the Care Act  2014.\n\nWe  will call you.  It takes a week.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.start.line}:${f.start.column} ${f.message}`)).toEqual([
      'spacing: 1:32 Use one space between words and after a full stop, not 2. This page has 2 spaces in 3 places.',
    ]);
  });

  it('fixes a single one, and leaves tables, code and line breaks alone', async () => {
    const text = 'Read the leaflet  before you come in.';
    expect(fixedText(text, await lint(text))).toBe('Read the leaflet before you come in.');
    expect(await found('| Step | What |\n| --- | --- |\n| 1 | Fill  it in |\n')).toEqual([]);
    expect(await found('Type this:\n\n    plainlint  draft.md\n')).toEqual([]);
    expect(await found('Read the leaflet  \nbefore you come in.')).toEqual([]);
  });
});

describe('house-style: spaces around punctuation', () => {
  it('flags a space before a comma or full stop, and a missing space after one', async () => {
    const text = 'Our care , which is good,is here .Come in.Please wait.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.message}`)).toEqual([
      'spacing: Take out the space before “,”.',
      'spacing: Add a space after “,”.',
      'spacing: Add a space after “.”.',
    ]);
    expect(fixedText(text, findings)).toBe('Our care, which is good, is here .Come in. Please wait.');
  });

  it('leaves web addresses, decimals, ellipses and names alone', async () => {
    expect(await found('Go to nhs.uk or GOV.UK for 1.5mg, 2,000 people and more ... Node.Js is a name.')).toEqual([]);
    // A face is not a colon with a space before it; a real one still is.
    expect(await found('Smile :) it is a good day. Or wink ;) at us.')).toEqual([]);
    expect(await found('Bring these things : your letter and your medicines.')).toEqual(['spacing:  :']);
  });
});

describe('house-style: hyphens and dashes', () => {
  it('flags a hyphen after an “-ly” adverb under the GOV.UK guide, and fixes it to a space', async () => {
    const text = 'Our highly-skilled team welcomes newly-qualified nurses.';
    expect(await found(text)).toEqual([]);
    const findings = await lint(text, { guide: 'govuk' });
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['hyphens: highly-skilled', 'hyphens: newly-qualified']);
    expect(fixedText(text, findings)).toBe('Our highly skilled team welcomes newly qualified nurses.');
  });

  it('leaves adjectives that end in -ly alone', async () => {
    expect(await found('A family-friendly, early-years, daily-use and elderly-care service.', { guide: 'govuk' })).toEqual([]);
  });

  it('flags a dash with a space on one side only, but not a shared hyphen', async () => {
    const text = 'Mid Essex- Provide runs it. Our care -which is good- is here.';
    expect((await found(text)).filter((f) => f.startsWith('dash'))).toEqual(['dash: - ', 'dash:  -', 'dash: - ']);
    expect(await found('Pre- and post-operative care, full- or part-time jobs, words ending in -ly.')).toEqual([]);
  });

  it('names a word broken by a hyphen and a space (“includ- ing”) and joins it up', async () => {
    const text = 'We link services, includ- ing those for carers, to the manage- ment team.';
    const findings = (await lint(text)).filter((f) => f.data?.check === 'dash');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['includ- ing → including', 'manage- ment → management']);
    expect(findings[0]!.message).toBe('This looks like one word broken in 2: write “including”.');
    expect(fixedText(text, findings)).toBe('We link services, including those for carers, to the management team.');
  });

  it('asks for a closed hyphen in a compound written with spaces round the mark (“evidence - based”)', async () => {
    const text = 'We give person – centred care, evidence - based advice and patient- led support.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'dash: person – centred → person-centred',
      'dash: evidence - based → evidence-based',
      'dash: patient- led → patient-led',
    ]);
    expect(fixedText(text, findings)).toBe('We give person-centred care, evidence-based advice and patient-led support.');
    expect(await found('We give care – based on need. The team – led by Jo – is here.')).toEqual([]);
  });

  it('flags a dash with a space on one side only, and leaves spaced and closed dashes alone', async () => {
    const text = 'The board AGREED –That the plan is noted.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['dash:  –']);
    expect(fixedText(text, findings)).toBe('The board AGREED – That the plan is noted.');
    expect(await found('We give care – which matters. Some write an em dash—like this.')).toEqual([]);
  });
});

describe('house-style: semicolons between sentences', () => {
  it('asks for a full stop where a semicolon joins 2 sentences', async () => {
    const findings = await lint('You have the test under local anaesthetic; this means you stay awake.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['semicolons: ; → . This']);
    expect(findings[0]!.severity).toBe('suggestion');
  });

  it('leaves quoted speech, a run of semicolons and short parts alone', async () => {
    expect(await found('She said: “It is a great technique; I can do more than ever now.”')).toEqual([]);
    expect(await found('We went to Leeds, in Yorkshire; York, in Yorkshire; and Hull, by the sea.')).toEqual([]);
    expect(await found('Yes; no.')).toEqual([]);
  });

  it('leaves a semicolon before “and” or “but” in a long formal sentence alone', async () => {
    expect(await found('The board heard about the work on these plans; and thanks were given to the team.')).toEqual([]);
    expect(await found('The panel looked at the early results of the trial; but the report is not ready yet.')).toEqual([]);
    // The same sentence with a new clause after the semicolon is still named.
    expect(await found('The panel looked at the early results of the trial; the report is not ready yet.')).toEqual(['semicolons: ;']);
  });
});

describe('house-style: a number and a unit before a noun', () => {
  it('asks for “2-year course” and “24-hour service”', async () => {
    const text = 'We run a 2 year course and a 24 hour helpline.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['hyphens: 2 year', 'hyphens: 24 hour']);
    expect(fixedText(text, findings)).toBe('We run a 2-year course and a 24-hour helpline.');
  });

  it('asks for “12-bed ward” and “2-storey building”, and before a name only after “a” or “new”', async () => {
    const findings = await lint('We have a 12 bed ward in a 2 storey building, and a new 8 bed Mental Health Unit.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['hyphens: 12 bed', 'hyphens: 2 storey', 'hyphens: 8 bed']);
    expect(await found('In 2024 the trust opened 40 beds. The ward had 8 bed Spaces. It has 3 year Groups.')).toEqual([]);
  });

  it('leaves plurals, years, ranges and a unit before a small word alone', async () => {
    expect(await found('It lasts 2 years. The 2024 year end. A 2 to 3 year plan. Wait 1 hour and then go. For 5 year olds.')).toEqual([]);
    expect(await found('We run 2 day centres for 3 year groups.')).toEqual([]);
  });
});

describe('house-style: 24-hour times with a full stop, and time units', () => {
  it('asks for “2pm” in place of “at 14.00”, and for units in full', async () => {
    const text = 'The meeting starts at 14.00 and ends at 15.30. It takes 15 mins, or 1 hr with questions.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      '14.00 → 2pm',
      '15.30 → 3:30pm',
      '15 mins → 15 minutes',
      '1 hr → 1 hour',
    ]);
    expect(fixedText(text, findings)).toBe('The meeting starts at 2pm and ends at 3:30pm. It takes 15 minutes, or 1 hour with questions.');
  });

  it('leaves prices, section numbers and morning times with no context alone', async () => {
    expect(await found('It costs £14.50. Read section 14.10. The score was 9.30 out of 10.')).toEqual([]);
  });

  it('asks for “8:30am to 5pm” in place of a range of 24-hour times, as one finding', async () => {
    const text = 'Call us during the hours of 08.30-17.00 or on Saturday 09:00 – 12:30.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'times: 08.30-17.00 → 8:30am to 5pm',
      'times: 09:00 – 12:30 → 9am to 12:30pm',
    ]);
    expect(fixedText(text, findings)).toBe('Call us during the hours of 8:30am to 5pm or on Saturday 9am to 12:30pm.');
    // neither side clearly a 24-hour time: a score or a sum, left to the ranges check
    expect((await found('The score went from 10.15-11.30.')).filter((f) => f.startsWith('times'))).toEqual([]);
  });

  it('takes “to” between 24-hour times with a colon, and a range of them is one finding, not a range finding too', async () => {
    expect(await found('Open from 9:00 to 17:00, or 9.00-17.00 at weekends.')).toEqual(['times: 9:00 to 17:00', 'times: 9.00-17.00']);
    // a dot and “to”: may be section numbers
    expect((await found('Read sections 13.10 to 13.20.')).filter((f) => f.includes('13.10'))).toEqual([]);
  });
});

describe('house-style: 24-hour times with no mark in them', () => {
  it('asks for “8am to 10pm” in place of “0800 – 2200”, not for a comma in “2200”', async () => {
    const text = 'The café is open 0800 – 2200 every day. Phone us 0900-1700 or 0830 to 1630.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'times: 0800 – 2200 → 8am to 10pm',
      'times: 0900-1700 → 9am to 5pm',
      'times: 0830 to 1630 → 8:30am to 4:30pm',
    ]);
    expect(findings[0]!.message).toBe('Write “8am to 10pm”, not the 24-hour times “0800 – 2200”.');
    expect(fixedText(text, findings)).toBe('The café is open 8am to 10pm every day. Phone us 9am to 5pm or 8:30am to 4:30pm.');
  });

  it('takes a range with no 0 in front only after a word that says it is a time', async () => {
    expect(await found('The shop is open 1000-1600 on weekdays.')).toEqual(['times: 1000-1600']);
    expect((await found('Write 1200-1500 words. The war ran from 1914-1918. The shop opened 1990-2010.')).filter((f) => f.startsWith('times'))).toEqual([]);
    expect((await found('Call 0800 123 4567 or 0800-1234-567.')).filter((f) => f.startsWith('times'))).toEqual([]);
  });
});

describe('house-style: apostrophes', () => {
  it('says once when a page mixes straight and curly apostrophes, at the fewer kind', async () => {
    const findings = await lint("# Funding if you're disabled\n\nYou’ll get help. We’ll call. It’s free.");
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['apostrophes: you\'re']);
    expect(findings[0]!.message).toBe('This page uses curly apostrophes (’) in 3 places and straight ones (\') in 1, like “you\'re”. Use one kind every time.');
    expect(findings[0]!.suggestions).toEqual(['you’re']);
  });

  it('leaves a page with one kind, and quoted examples, alone', async () => {
    expect(await found("You'll get help. We'll call.")).toEqual([]);
    expect(await found('You’ll get help. Do not write “you\'ll” with a straight one.')).toEqual([]);
  });

  it('leaves an apostrophe in a name alone: it is the name’s own', async () => {
    expect(await found("It's free. We're open.\n\nSt Mark’s Hospital\n\nAge Concern’s Day Centre")).toEqual([]);
    // A capitalised word at the start of a sentence is not a name.
    expect((await found("It's free. We're open. Here’s how to book.")).map((f) => f.split(':')[0])).toEqual(['apostrophes']);
  });
});

describe('house-style: temperatures and the % sign', () => {
  it('writes temperatures the NHS way (38C) or the GOV.UK way (38°C)', async () => {
    const text = 'Call us if it is 38°C or 38 degrees Celsius. It is 38C now.';
    expect((await lint(text)).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['38°C → 38C', '38 degrees Celsius → 38C']);
    expect((await lint(text, { guide: 'govuk' })).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['38 degrees Celsius → 38°C']);
  });

  it('asks for Celsius only: “(100.4F)” after a Celsius temperature, “°F” and “degrees Fahrenheit”', async () => {
    const text = 'Call us if it is 38C (100.4F) or more. A bath at 100°F is too hot. Never above 99 degrees Fahrenheit.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['units: 100.4F', 'units: 100°F', 'units: 99 degrees Fahrenheit']);
    expect(findings[0]!.message).toBe('Give the temperature in Celsius only: leave out “100.4F”.');
    expect(await found('Fill in form 12F. The class is in room 38C (first floor).')).toEqual([]);
  });

  it('takes the space out of “50 %”', async () => {
    expect((await lint('About 50 % agreed.')).map((f) => f.suggestions?.[0])).toEqual(['50%']);
  });

  it('leaves degrees of angle and other numbers alone', async () => {
    expect(await found('Turn it 90 degrees. Class 3C meets at 9am. About 50% agreed.')).toEqual([]);
  });
});

describe('house-style: words the guides write one way', () => {
  it('asks for “email”, “website”, “online” and “antenatal”, keeping capitals and endings', async () => {
    const text = 'Send an e-mail or use our web site. E-mails are read. It is on-line. The ante-natal clinic opens.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'e-mail → email',
      'web site → website',
      'E-mails → Emails',
      'on-line → online',
      'ante-natal → antenatal',
    ]);
    expect(fixedText(text, findings)).toBe('Send an email or use our website. Emails are read. It is online. The antenatal clinic opens.');
  });

  it('asks for GOV.UK’s “reuse”, “webpage” and “lunchtime” only under the GOV.UK guide', async () => {
    const text = 'We re-opened the web page at lunch time.';
    expect(await found(text)).toEqual([]);
    expect((await lint(text, { guide: 'govuk' })).map((f) => f.suggestions?.[0])).toEqual(['reopened', 'webpage', 'lunchtime']);
  });

  it('asks for GOV.UK’s “reuse”, “reopen” and “reorder” in their -ing and -s forms too (made-up text)', async () => {
    const text = 'We are re-opening the hall. The re-using of bags helps. She re-orders the files.';
    expect(await found(text)).toEqual([]);
    expect((await lint(text, { guide: 'govuk' })).map((f) => f.suggestions?.[0])).toEqual(['reopening', 'reusing', 'reorders']);
    expect(await found('We are re-evaluating the re-election rules.', { guide: 'govuk' })).toEqual([]);
  });

  it('leaves email addresses and other hyphens alone', async () => {
    expect(await found('Write to e-mail@example.nhs.uk about the re-election and the web-based form.')).toEqual([]);
  });
});
