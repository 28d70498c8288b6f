/**
 * house-style/punctuation on made-up text: “and/or”, a spaced hyphen used as a dash, and compound
 * adjectives that need a hyphen before a noun; each firing, and staying silent on near misses.
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: and/or', () => {
  it('flags “and/or” with the choices to write instead', async () => {
    const findings = await lint('You can call and/or email the team. And/Or ask your GP.');
    expect(findings.map((f) => f.excerpt)).toEqual(['and/or', 'And/Or']);
    expect(findings[0]!.message).toBe('“and/or” is hard to read: write “or” or “and”, or say “or both”.');
    expect(findings[0]!.suggestions).toEqual(['or', 'and']);
    expect(findings[0]!.data?.source).toBe('https://www.gov.uk/guidance/style-guide/a-to-z#or');
  });

  it('leaves other slashes, quotes and code alone', async () => {
    expect(await found('Use the 24/7 line, or read the A/B test notes. Write “and/or” nowhere. Run `a and/or b`.')).toEqual([]);
    expect(await found('See the page at https://example.org/and/or/more for help.')).toEqual([]);
  });

  it('can be turned off', async () => {
    expect(await found('Call and/or email us.', { checks: { 'and-or': false } })).toEqual([]);
  });
});

describe('house-style: a hyphen used as a dash', () => {
  it('flags a spaced hyphen between words and fixes it to a dash', async () => {
    const text = 'Each job is banded at a level of pay - please see the table.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['dash: -']);
    expect(findings[0]!.severity).toBe('suggestion');
    expect(findings[0]!.start.column).toBe(text.indexOf(' - ') + 2);
    expect(fixedText(text, findings)).toBe('Each job is banded at a level of pay – please see the table.');
  });

  it('flags one inside quoted speech, but not in a short mention', async () => {
    expect(await found('She said: “I was awake through the whole thing and helped at certain points - but I never felt worried at all.”')).toEqual([
      'dash: -',
    ]);
    expect(await found('Do not write “pay - see” in a letter.')).toEqual([]);
  });

  it('leaves ranges, hyphenated words, list markers, dashes and code paths alone', async () => {
    expect(await found('- a long-term plan\n- the re-evaluate step')).toEqual([]);
    expect(await found('We are open Monday to Friday – call us first.')).toEqual([]);
    expect(await found("Copy from 'nhsuk/button.js' - import the next one.")).toEqual([]);
    expect((await found('Open Monday - Friday.')).some((f) => f.startsWith('dash'))).toBe(false);
  });
});

describe('house-style: compound adjectives before a noun', () => {
  it('flags common compounds before a noun, with the hyphenated form as the fix', async () => {
    const text =
      'Support for long term illness. We treat longer term symptoms. The effect is long lasting and joined up care helps. Come to a half day Trust induction.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual([
      'hyphens: long term',
      'hyphens: longer term',
      'hyphens: joined up',
      'hyphens: half day',
    ]);
    expect(findings[0]!.message).toBe('Write “long-term” with a hyphen before a noun, as in “long-term illness”.');
    expect(fixedText(text, findings)).toBe(
      'Support for long-term illness. We treat longer-term symptoms. The effect is long lasting and joined-up care helps. Come to a half-day Trust induction.',
    );
  });

  it('flags “life changing”, “life threatening” and “world class” before a noun, not after a verb', async () => {
    expect(await found('It was a life changing experience. Call 999 for life threatening emergencies. We offer world class care.')).toEqual([
      'hyphens: life changing',
      'hyphens: life threatening',
      'hyphens: world class',
    ]);
    expect(await found('The change was life changing for us. This is not life threatening.')).toEqual([]);
  });

  it('keeps the capital at the start of a sentence', async () => {
    const findings = await lint('Long term conditions need care.');
    expect(findings[0]!.suggestions).toEqual(['Long-term']);
  });

  it('stays silent when no noun follows, or the words are part of a name', async () => {
    expect(
      await found(
        'In the long term, we will save money. In the long term we will grow. Keep your records up to date with us. ' +
          'Read the NHS Long Term Plan. Check the page is up to date instead. It is a long lasting.',
      ),
    ).toEqual([]);
  });
});

describe('house-style: semicolons', () => {
  it('asks for a colon where a semicolon leads in to a list', async () => {
    const text = 'We check every applicant, this will include;\n\n- references\n- a health check\n';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['semicolons: ;']);
    expect(findings[0]!.message).toBe('Use a colon (:) to lead in to a list, not a semicolon.');
    expect(fixedText(text, findings)).toBe('We check every applicant, this will include:\n\n- references\n- a health check\n');
  });

  it('reads the lead-in word whole: a list item ending “care;”, “this;” or “describe;” is not a lead-in', async () => {
    // “care” ends in “are”, “this” in “is”, “describe” in “be”: none of them leads in to a list
    const text = 'We use your details by:\n\n1. only using them for your care;\n2. telling you about this;\n3. doing what we describe;\n';
    expect((await found(text)).filter((f) => f.startsWith('semicolons'))).toEqual([]);
    expect(await found('The reasons are;\n\n- one\n- two\n')).toEqual(['semicolons: ;']);
  });

  it('flags only the lead-in of a list run into a paragraph', async () => {
    const findings = await lint('The changes included; • a fairer NHS; • new standards; and • more help.');
    expect(findings.map((f) => `${f.data?.check}: ${f.start.column}`)).toEqual(['semicolons: 21']);
  });

  it('asks for a full stop where a semicolon joins 2 sentences', async () => {
    expect(await found('You have a local anaesthetic; this means you stay awake.')).toEqual(['semicolons: ;']);
  });

  it('reads the next word after a quotation mark or bracket (and does not fail)', async () => {
    const findings = await lint('The card is a label too; "the Forum" is a name for the group.');
    expect(findings.map((f) => `${f.data?.check}: ${f.suggestions?.[0]}`)).toEqual(['semicolons: . The']);
  });

  it('leaves code, list item ends and quotes alone', async () => {
    expect(await found("import { Button } from 'nhsuk-frontend'; const x = 1")).toEqual([]);
    expect(await found('- bring your letter;\n- bring your medicines.')).toEqual([]);
    expect(await found('Run `a; b` first. The sign “x; y” is fine.')).toEqual([]);
  });
});

describe('house-style: stray commas', () => {
  it('flags a comma before a bracket that holds a title, and before an ellipsis', async () => {
    const text = 'Dan Smith, (Associate Director) spoke. Help for people with dementia,... More.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['commas: ,', 'commas: ,']);
    expect(findings.map((f) => f.message)).toEqual(['Remove the comma before the bracket.', 'Remove the comma before the ellipsis (…).']);
    expect(fixedText(text, findings)).toBe('Dan Smith (Associate Director) spoke. Help for people with dementia... More.');
  });

  it('leaves asides and lettered points alone', async () => {
    expect(await found('Use their words, for example, (high) blood pressure. We will, (a) call you and (b) write.')).toEqual([]);
  });
});

describe('house-style: sentences that run together with no full stop', () => {
  it('flags a sentence that starts mid-line after a word in lower case, and fixes it', async () => {
    const text = 'Send your questions to the practice manager  There will be time to ask them at the end.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['full-stops: manager  There']);
    expect(findings[0]!.message).toBe('A new sentence starts at “There”, but there is no full stop before it. Add one after “manager”.');
    expect(findings[0]!.severity).toBe('suggestion');
    expect(fixedText(text, findings)).toBe('Send your questions to the practice manager. There will be time to ask them at the end.');
    expect(await found('Bring your letter and your medicines If you cannot come, call the clinic.')).toEqual(['full-stops: medicines If']);
  });

  it('flags the last sentence of a paragraph left without its full stop', async () => {
    const text = 'The clinic moved in May. It is now on the ground floor. Parking is free for 2 hours at the front';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['full-stops: front']);
    expect(fixedText(text, findings)).toBe(`${text}.`);
  });

  it('leaves names, titles, line breaks, short labels, lead-ins and cut-off sentences alone', async () => {
    // A capital word in a name or title has a capital word after it.
    expect(await found('Read the leaflet When You Come Home before you leave.')).toEqual([]);
    // A line break is not a missing full stop (an address, a poem, a signature).
    expect(await found('Ward 5, the main building\nThey will meet you at the door.')).toEqual([]);
    // A one-sentence paragraph, a short last line, and a last line that ends in a name or a link.
    expect(await found('Find out more about our services')).toEqual([]);
    expect(await found('We moved in May. Call us on 0300 123 4567')).toEqual([]);
    expect(await found('We moved in May. Read more about it on our [news page](https://example.org)')).toEqual(['full-stops: page']);
    // The line before a list leads in to it (the lists rule asks for its colon).
    expect(await found('The ward will call you. Before you come please bring\n\n- your letter\n- your medicines')).toEqual([]);
    // A sentence that ends in “to” or “and” was cut off: a full stop would not mend it.
    expect(await found('We moved in May. You can email your requests to and')).toEqual([]);
    // Questions and exclamations before the last sentence: a caption or a quote, not a paragraph.
    expect(await found('Have you seen the new wards? The team celebrating the opening of the new wards at the hospital')).toEqual([]);
    // Headings and table cells are not sentences.
    expect(await found('# Visiting times and parking at the clinic')).toEqual([]);
    expect(await found('| Ward | Note |\n| --- | --- |\n| 5 | Closed at the weekend. Open again on Monday for visits |')).toEqual([]);
  });

  it('flags a one-sentence paragraph with no full stop when the page’s other paragraphs have one', async () => {
    const page = (line: string, before = 'We moved the clinic to a new building in May this year.') =>
      `${before}\n\n${line}\n\nParking is free for 2 hours in the car park at the front.\n\nThe entrance to the clinic is on the left of the main road.`;
    const text = page('This page tells you how to find the new clinic run by Leeds Community Health');
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['full-stops: Health']);
    expect(fixedText(text, findings)).toBe(text.replace('Health\n', 'Health.\n'));
    // A label and its value, a card's summary under a title with no full stop, and a page whose
    // paragraphs often have no full stop are left alone.
    expect(await found(page('Extra information about pay: £24,937 to £26,598 a year for the post in full'))).toEqual([]);
    expect(await found(page('Sam Jones talks with our nurses about the words we choose for letters to patients', 'Our radio show, 28 minutes'))).toEqual([]);
    // Captions: a line under an image, or a line all in italics.
    expect(await found(page('Staff from the ward with the new scanner paid for by the hospital charity', '![A scanner](scanner.png)'))).toEqual([]);
    expect((await found(page('*Staff from the ward with the new scanner paid for by the hospital charity*'))).filter((f) => f.startsWith('full-stops'))).toEqual([]);
    expect(await found('Find the clinic and the car park at the front\n\nSee the map of the site and the roads around it\n\nThe entrance to the clinic is on the left of the main road.')).toEqual([]);
    // A line after a lead-in that ends with a colon is what it leads in to (a link's title), not a sentence.
    expect(await found(page('How to get help with the cost of travel to and from your hospital appointments', 'You can read more about help with travel costs on this page:'))).toEqual([]);
  });

  it('can be turned off', async () => {
    expect(await found('Send questions to the manager There will be time.', { checks: { 'full-stops': false } })).toEqual([]);
  });
});

describe('house-style: 2 sentences joined by a comma', () => {
  it('flags a comma before a pronoun and a verb that start a new sentence', async () => {
    const text = 'The parking at the clinic is not free for everyone, you may need to pay at the gate.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['comma-splices: , you']);
    expect(findings[0]!.message).toBe('These are 2 sentences joined by a comma. Use a full stop, and start the new sentence at “You”.');
    expect(findings[0]!.suggestions).toEqual(['. You']);
    expect(findings[0]!.severity).toBe('suggestion');
    expect(findings[0]!.fix).toBeUndefined();
    expect(await found('This booklet is for anyone who has had a hip operation, it has advice on pain and walking.')).toEqual(['comma-splices: , it']);
    // “provided” later in the sentence does not lead in
    expect(await found('The care provided on the ward is free for everyone, you will not need to pay.')).toEqual(['comma-splices: , you']);
  });

  it('flags a comma before “please” and a verb that start a new sentence', async () => {
    const findings = await lint('Paper forms are also kept at the front desk, please ask the staff for one.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['comma-splices: , please']);
    expect(findings[0]!.suggestions).toEqual(['. Please']);
    expect(await found('The café is shut on Sundays, please bring a drink with you.')).toEqual(['comma-splices: , please']);
    // A clause that leads in, an opener and thanks keep their comma.
    for (const text of ['If you need help with the form, please call us.', 'For more help, please contact the ward.', 'Thank you, please take a seat.', 'We will see you soon, please.']) {
      expect((await found(text)).filter((f) => f.startsWith('comma-splices')), text).toEqual([]);
    }
  });

  it('flags “however” used like “but” between 2 sentences, with or without a comma after it', async () => {
    const findings = await lint('You may want a visit this week, however if the list is full you will wait.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['comma-splices: , however']);
    expect(findings[0]!.suggestions).toEqual(['. However,']);
    expect(await found('The clinic is busy on Mondays, however, we will call you back.')).toEqual(['comma-splices: , however']);
    // An aside after the subject, “however” meaning “in whatever way”, and a short opening are right.
    for (const text of [
      'The clinic, however, is shut on Sundays.',
      'You can pay the fee online, however you like.',
      'Our team told us, however, that the room was cold.',
      'You must, however, bring your letter.',
    ]) {
      expect((await found(text)).filter((f) => f.startsWith('comma-splices')), text).toEqual([]);
    }
  });

  it('flags a later comma after an opening clause, and pronouns with a short form of the verb', async () => {
    expect(await found('If you missed your jab, it’s not too late to book, please call the surgery.')).toEqual(['comma-splices: , please']);
    expect(await found('If you have any questions, please ask at reception, we’re happy to help.')).toEqual(['comma-splices: , we']);
    expect(await found('The car park is often full by 9am, it’s best to come by bus.')).toEqual(['comma-splices: , it']);
    // The opening clause's own comma is right, and so is a comma inside a second opening clause.
    for (const text of ['If you need a test, we’ll send you a kit.', 'If you are ill, and if it gets worse, you can call 111.', 'When you arrive, if you need help, please ask us.']) {
      expect((await found(text)).filter((f) => f.startsWith('comma-splices')), text).toEqual([]);
    }
  });

  it('leaves alone a comma that closes a phrase after “and” or “but”, but not a second clause after it', async () => {
    for (const text of [
      'Money has been tight this year, and through careful planning, we have cut our costs.',
      'The ward was busy in winter, but with help from volunteers, we kept every bed open.',
    ]) {
      expect((await found(text)).filter((f) => f.startsWith('comma-splices')), text).toEqual([]);
    }
    expect(await found('The clinic is open on Fridays, and the staff are friendly, you can book online.')).toEqual(['comma-splices: , you']);
  });

  it('leaves alone clauses that lead in to the sentence, openers, questions, quotes and lists', async () => {
    for (const text of [
      'If you are not well enough to come in, you can call us instead.',
      'When the clinic is busy, we may ask you to wait outside.',
      'As the ward is closed on Sunday, we will call you on Monday.',
      'To help us do this, we have agreed 4 aims for the year.',
      'By checking the list first, you will save yourself a trip.',
      'Should we find that something went wrong, we will tell you.',
      'Thank you for your letter, we will reply soon.',
      'She said “the nurses were kind to me, they made me feel at home” when she left.',
      'Bring your letter, your medicines and your glasses.',
      'The nurse who sees you first, you will find, is the one who calls you back.',
      'The results are ready, and you can book a time to talk about them.',
      // a clause that opens with “Provided”, “Granted” or “Whatever”
      'Provided you are well enough to fly, it is fine to travel abroad.',
      'Granted the forms are long, it is worth filling them in.',
      'Whatever the weather is doing, we will be at the market.',
    ]) {
      expect((await found(text)).filter((f) => f.startsWith('comma-splices')), text).toEqual([]);
    }
  });

  it('can be turned off', async () => {
    expect(await found('The clinic is closed on Sunday, we are open on Monday.', { checks: { 'comma-splices': false } })).toEqual([]);
  });
});
