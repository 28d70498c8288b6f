/**
 * house-style typing slips on made-up text: a bracket or a quotation mark left open, a comma after
 * a question mark, doubled marks, a hyphen in place of a colon at the end of a line, a short
 * form with no space after it and an asterisk with no note; each firing, and staying silent on near misses.
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: a bracket opened and never closed', () => {
  it('flags the bracket left open, once, at the bracket', async () => {
    const findings = await lint('Read the guide for visitors (see the leaflet (PDF, 78KB). It has a map.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['brackets: (']);
    expect(findings[0]!.start.column).toBe(29);
    expect(findings[0]!.message).toBe('This bracket is not closed. Add a closing bracket “)” where the words in brackets end.');
    expect(await found('- Bring a snack (for example fruit or a sandwich\n- Bring your letter')).toEqual(['brackets: (']);
  });

  it('leaves closed brackets, list markers, faces, code, links, cut-off teasers and tables alone', async () => {
    expect(await found('Bring your letter (if you have one). Choose a) the ward or b) the clinic.')).toEqual([]);
    expect(await found('We were sad to see it go :( but the new one is better. Sad :-( but true.')).toEqual([]);
    expect(await found('Run `f(x` to test it, or see https://example.org/a_(b for more.')).toEqual([]);
    expect(await found('Governors are elected by members (elected for 3 year…')).toEqual([]);
    expect(await found('| Day | Note |\n| --- | --- |\n| Monday | Open (but not the cafe |')).toEqual([]);
    expect(await found('We will write to you (by email or letter) when it is ready.')).toEqual([]);
    expect(await found('Bring what you need (for example:\n\n- your letter\n- your medicines)')).toEqual([]);
  });
});

describe('house-style: a quote that opens with one kind of mark and closes with the other', () => {
  it('flags the closing mark, in one paragraph or at the end of a quote over 2, and fixes it', async () => {
    const text = 'Our carer said: “The group helped me more than I can say."';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['quotes: "']);
    expect(findings[0]!.message).toBe('This quote opens with a curly mark (“) and closes with a straight one ("). Close it with ” to match.');
    expect(fixedText(text, findings)).toBe('Our carer said: “The group helped me more than I can say.”');
    expect(await found('A parent told us: “It was hard at first.\n\nThen we found the right help and it got easier."')).toEqual(['quotes: "']);
    expect(await found('She said "we will be there” and left.')).toEqual(['quotes: ”']);
  });

  it('leaves quotes of one kind, inches and a quote that a heading ends alone', async () => {
    expect(await found('She said “we will be there” and he said "so will we".')).toEqual([]);
    expect(await found('He is 5\'10" tall. She said “yes” to the plan.')).toEqual([]);
    expect(await found('Read “the guide.\n\n## Next steps\n\nThe team is 6" away."')).not.toContain('quotes: "');
  });
});

describe('house-style: a quotation mark opened and never closed', () => {
  it('flags the opening mark of a quote that is never closed', async () => {
    const findings = await lint('The nurse said: “We will call you in the morning to check how you are. Please keep your phone close.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['quotes: “']);
    expect(findings[0]!.message).toBe('This quotation mark is not closed. Add a closing quotation mark “”” where the quote ends.');
    expect(await found('Choose the button that says "Book an appointment and then follow the steps.')).toEqual(['quotes: "']);
  });

  it('leaves closed quotes, long quotes that run on to the next paragraph, inches and tables alone', async () => {
    expect(await found('She said: “It was a great day.” We agree. He wrote "thanks" on the card.')).toEqual([]);
    expect(await found('She said: “It was a great day for all of us.\n\n“We hope to do it again next year.”')).toEqual([]);
    // The quote runs on and closes in the next paragraph, which does not open it again.
    expect(await found('The manager said: “We are proud of the team and all they do.\n\nWe thank every nurse who helped.”')).toEqual([]);
    expect(await found('He said: "We are proud of the team and all they do.\n\nWe thank every nurse who helped."')).toEqual([]);
    // The next paragraph opens a quote of its own: this one was left open.
    expect(await found('The manager said: “We are proud of the team and all they do.\n\nShe added: “We thank every nurse.”')).toEqual(['quotes: “']);
    expect(await found('The screen is 24" wide and fits on a desk.')).toEqual([]);
    expect(await found('| Name | Note |\n| --- | --- |\n| Ward 5 | “Open all day |')).toEqual([]);
  });

  it('can be turned off', async () => {
    expect(await found('She said: “We will call you in the morning.', { checks: { quotes: false } })).toEqual([]);
  });
});

describe('house-style: a comma after a question or exclamation mark', () => {
  it('flags the comma and asks for a new sentence', async () => {
    const findings = await lint('Do you have experience in a busy ward?, if so we would like to hear from you.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['commas: ,']);
    expect(findings[0]!.message).toBe(
      'A question mark ends the sentence, so it needs no comma after it. Take out the comma and start the next sentence with a capital letter.',
    );
    expect(findings[0]!.suggestions).toEqual(['? I']);
  });

  it('leaves quoted speech and a question mark alone', async () => {
    expect(await found('“Is it urgent?”, she asked. Is it urgent? If so, call 111.')).toEqual([]);
    // A title that ends in a question mark, in a sentence that is not a question.
    expect(await found('We ran the campaign Who Cares?, a series of talks for carers.')).toEqual([]);
  });
});

describe('house-style: doubled punctuation', () => {
  it('flags 2 commas, 2 full stops and a comma with a full stop, at the marks', async () => {
    const text = 'Bring your letter,, your medicines and a snack.. We will call you., then you can come in.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['commas: ,,', 'full-stops: ..', 'commas: .,']);
    expect(findings[0]!.message).toBe('There are 2 commas here. Take one out.');
    expect(findings[2]!.message).toBe(
      'There is a full stop and a comma together here. Keep only one: the full stop if the sentence ends here, or the comma if it goes on.',
    );
    expect(fixedText(text, findings)).toBe('Bring your letter, your medicines and a snack. We will call you., then you can come in.');
  });

  it('leaves an ellipsis, short forms with a comma, initials, numbers and code alone', async () => {
    const marks = (f: string) => f.startsWith('commas') || f.startsWith('full-stops');
    expect((await found('We waited... and waited. Bring pens, paper, etc., to the class.')).filter(marks)).toEqual([]);
    expect(await found('Signed by J. Smith and A.N. Other, J., and the team.')).toEqual([]);
    expect(await found('The dose is 2.5mg. Run `a,,b` or `cd ..` to check.')).toEqual([]);
  });

  it('can be turned off', async () => {
    expect(await found('Bring your letter,, please.', { checks: { commas: false } })).toEqual([]);
  });
});

describe('house-style: a hyphen in place of a colon at the end of a line', () => {
  it('flags the hyphen and fixes it to a colon', async () => {
    const text = 'The receptionist will ask you a few questions.\n\nThey will ask-\n\nWhat your name is';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['dash: -']);
    expect(findings[0]!.message).toBe('Use a colon at the end of a line that leads in to the lines below: write “ask:”, not “ask-”.');
    expect(fixedText(text, findings)).toBe('The receptionist will ask you a few questions.\n\nThey will ask:\n\nWhat your name is');
    expect(await found('Please bring-\nYour letter and your medicines.')).toEqual(['dash: -']);
  });

  it('flags a dash after a lead-in colon (“them:-”) and keeps the colon', async () => {
    const text = 'We will write to you, asking:-\n\n- if you still need the appointment\n- how you would like to be seen';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['dash: :-']);
    expect(findings[0]!.message).toBe('Use a colon on its own to lead in to the lines below: write “asking:”, not “asking:-”.');
    expect(fixedText(text, findings)).toBe('We will write to you, asking:\n\n- if you still need the appointment\n- how you would like to be seen');
    expect(await found('Bring these items:-\nYour letter and your medicines.')).toEqual(['dash: :-']);
  });

  it('leaves a face and a colon inside a line alone', async () => {
    expect(await found('We loved your card :-)\n\nThank you.')).toEqual([]);
    expect(await found('Times: - 9am to 5pm on weekdays.')).toEqual([]);
  });

  it('leaves prefixes, broken words, labels and headings alone', async () => {
    expect(await found('We offer pre-\nand post-operative care.')).toEqual([]);
    expect(await found('We will check your appoint-\nment time.')).toEqual([]);
    expect(await found('We cover Lancashire and South-\nCumbria.')).toEqual([]);
    expect(await found('**Reference number -**\n\nWrite it here.')).toEqual([]);
    expect(await found('# Before you come-\n\nRead this.')).toEqual([]);
  });
});

describe('house-style: a short form with no space after it', () => {
  it('flags “e.g.” run into the next word, and adds the space', async () => {
    const text = 'Store your waste, e.g.used tissues, in a bag.';
    const findings = await lint(text);
    const slip = findings.filter((f) => f.data?.check === 'spacing');
    expect(slip.map((f) => f.excerpt)).toEqual(['e.g.']);
    expect(slip[0]!.message).toBe('Add a space after “e.g.”. Better still, write “for example”.');
    expect(fixedText(text, slip)).toBe('Store your waste, e.g. used tissues, in a bag.');
  });

  it('leaves file names and addresses alone', async () => {
    expect((await found('Open the file notes.etc.config or visit i.e.example.org today.')).filter((f) => f.startsWith('spacing'))).toEqual([]);
  });
});

describe('house-style: a space missing after a mark, or inside brackets', () => {
  it('flags a question mark, a semicolon or a bracket and full stop run into the next sentence', async () => {
    const text = 'Is it urgent?Call us now. Fill in the form;Then post it. Read the guide (PDF).Call us. Ask the NHS.Call us.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['spacing: ?', 'spacing: ;', 'spacing: .', 'spacing: .']);
    expect(findings[0]!.message).toBe('Add a space after “?”.');
    expect(fixedText(text, findings)).toBe('Is it urgent? Call us now. Fill in the form; Then post it. Read the guide (PDF). Call us. Ask the NHS. Call us.');
  });

  it('flags spaces just inside a pair of brackets', async () => {
    const text = 'Bring your letter ( if you have one ) to the desk.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['spacing: ( ', 'spacing:  )']);
    expect(findings[0]!.message).toBe('Take out the space after the opening bracket.');
    expect(fixedText(text, findings)).toBe('Bring your letter (if you have one) to the desk.');
  });

  it('leaves web addresses, lettered points and a question mark with a full stop alone', async () => {
    expect(await found('Go to example.org/page?Id=3 to book. Choose a ) or b ) below.')).toEqual([]);
    expect(await found('Is it urgent? Call us. Read the guide (PDF). Call us.')).toEqual([]);
    expect(await found('Ask the NHS. Call us.')).toEqual([]);
  });
});

describe('house-style: a full stop after a question or exclamation mark', () => {
  it('flags the full stop and takes it out', async () => {
    const text = 'Is it urgent?. Call us on 111.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['full-stops: .']);
    expect(findings[0]!.message).toBe('A question mark ends the sentence, so it needs no full stop after it. Take the full stop out.');
    expect(fixedText(text, findings)).toBe('Is it urgent? Call us on 111.');
    expect(await found('Is it urgent?... Call us on 111.')).toEqual([]);
  });
});

describe('house-style: an asterisk that points to no note', () => {
  it('flags an asterisk at the end of a word when the page has no note', async () => {
    const findings = await lint('- a basic DBS*\n- a passport\n\nThe new rules* say you must book.');
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual(['asterisks: *', 'asterisks: *']);
    expect(findings[0]!.message).toBe('The “*” after “DBS” points to a note that is not on the page.');
    expect(findings[1]!.suggestions).toEqual(['rules']);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('leaves it alone when the page has a note or a key, and leaves sums, emphasis and tables alone', async () => {
    expect(await found('Bring your Blue Badge*.\n\n*If you have one.')).toEqual([]);
    expect(await found('Bring your Blue Badge*. Fields marked * are required.')).toEqual([]);
    expect(await found('Use the 5*3 grid. You *must* book. It is **free**.')).toEqual([]);
    expect(await found('| Test | Cost |\n| --- | --- |\n| Scan* | £10 |')).toEqual([]);
    expect(await found('The rules* apply.', { checks: { asterisks: false } })).toEqual([]);
  });
});
