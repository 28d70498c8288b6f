/**
 * link-text: email addresses that differ from the address the link writes to, links the public
 * cannot open (files on a computer, shared drives, staff-only hosts), and file names as link
 * text. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import linkText from '../rules/link-text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(linkText));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('email link text', () => {
  it('flags an address that differs from the one the link writes to', async () => {
    const [found, ...rest] = await lint('Write to [pals@example.nhs.uk](mailto:complaints@example.nhs.uk).');
    expect(rest).toEqual([]);
    expect(found!.message).toBe('The link shows the email address “pals@example.nhs.uk”, but it writes to “complaints@example.nhs.uk”.');
    expect(found!.excerpt).toBe('[pals@example.nhs.uk](mailto:complaints@example.nhs.uk)');
  });

  it('accepts the same address in other capitals, with a subject, or words as the text', async () => {
    expect(await lint('Write to [PALS@example.nhs.uk](mailto:pals@example.nhs.uk?subject=Help).')).toEqual([]);
    expect(await lint('[Email the PALS team](mailto:pals@example.nhs.uk).')).toEqual([]);
    expect(await lint('Write to <pals@example.nhs.uk>.')).toEqual([]);
  });
});

describe('links the public cannot open', () => {
  it('files on a computer or a shared drive are errors', async () => {
    for (const url of ['file:///C:/Users/jo/rota.xlsx', '<C:\\\\Users\\\\jo\\\\plan.docx>', '<\\\\\\\\trust-fs01\\\\comms\\\\plan.docx>']) {
      const found = await lint(`See the [winter plan](${url}).`);
      expect(found, url).toHaveLength(1);
      expect(found[0]!.severity).toBe('error');
      expect(found[0]!.message).toMatch(/^“winter plan” links to a file on a computer or shared drive/);
    }
  });

  it('staff-only hosts are warnings', async () => {
    for (const url of [
      'http://intranet/forms/referral',
      'http://localhost:3000/plan',
      'http://192.168.1.20/plan',
      'https://trust.sharepoint.com/sites/comms/plan',
      'https://hub.trust.local/plan',
    ]) {
      const found = await lint(`See the [referral form](${url}).`);
      expect(found, url).toHaveLength(1);
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.message).toMatch(/staff-only address/);
    }
  });

  it('leaves public addresses alone', async () => {
    expect(
      await lint('See [flu vaccines](https://www.nhs.uk/flu), [our plan](/plans/winter) and [contact us](https://example.nhs.uk:8443/contact).'),
    ).toEqual([]);
  });
});

describe('file names as link text', () => {
  it('flags a file name, even with a format and size after it', async () => {
    const found = await lint('[Download Plan_v3_FINAL.pdf](/files/Plan_v3_FINAL.pdf) (PDF, 2MB)');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('The link text “Download Plan_v3_FINAL.pdf” is a file name.');
    expect(found[0]!.suggestions).toEqual(['Use the document’s title, with its format and size, like “Annual plan 2025 (PDF, 545KB)”.']);
  });

  it('flags the file’s own name without its extension, and a file name with its size inside the text', async () => {
    expect(await lint('Read [Winter_plan_v2](/files/Winter_plan_v2.docx) (Word, 30KB).')).toHaveLength(1);
    expect(await lint('Read [annual-report-2024.docx (Word, 30KB)](/files/a.docx).')).toHaveLength(1);
  });

  it('accepts a title, with or without the format and size', async () => {
    expect(await lint('Read our [annual plan 2025](/files/annual-plan.pdf) (PDF, 1.2MB).')).toEqual([]);
    expect(await lint('Read the [annual plan (PDF, 1.2MB)](/files/annual-plan.pdf).')).toEqual([]);
  });
});

describe('web addresses as link text', () => {
  it('flags a short address with a page file name or a query, but not a short readable one', async () => {
    const found = await lint('See <http://www.example.nhs.uk/index.htm> or [www.example.nhs.uk/?id=4](https://www.example.nhs.uk/?id=4).');
    expect(found.map((f) => f.message)).toEqual([
      'The link text is a web address with a page file name or query in it: “http://www.example.nhs.uk/index.htm”.',
      'The link text is a web address with a page file name or query in it: “www.example.nhs.uk/?id=4”.',
    ]);
    expect(await lint('Go to <https://www.nhs.uk/flu>.')).toEqual([]);
  });

  const webPage =
    'Read about [our opening times](https://www.example.nhs.uk/times) and [how to register](https://www.example.nhs.uk/register).\n\n';

  it('on a page whose other links use words, suggests words for a short address made into a link', async () => {
    const found = await lint(
      webPage + 'Your local council can help: <http://www.riverside-council.example.org.uk/>\n\n[www.helpline.example.org/north](https://www.helpline.example.org/north)',
    );
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([
      ['<http://www.riverside-council.example.org.uk/>', 'suggestion'],
      ['[www.helpline.example.org/north](https://www.helpline.example.org/north)', 'suggestion'],
    ]);
    expect(found[0]!.message).toBe('The link text is a web address: “http://www.riverside-council.example.org.uk/”. Your other links use words.');
    expect(found[0]!.suggestions?.[1]).toMatch(/: riverside-council\.example\.org\.uk\.$/);
  });

  it('leaves short addresses alone in a letter or text message, as typed text, as a site name, about the address, or in examples', async () => {
    // Most links are addresses: a letter or a text message, where people type what they see.
    expect(await lint('Book at <https://www.example.nhs.uk/flu>. Or visit [our walk-in clinic](https://www.example.nhs.uk/walk-in).')).toEqual([]);
    // Typed as text, the page made it a link (GFM).
    expect(await lint(webPage + 'Visit https://www.example.nhs.uk/mmr for more.')).toEqual([]);
    // A site name with nothing after it.
    expect(await lint(webPage + 'The main NHS website is at [www.nhs.uk](https://www.nhs.uk).')).toEqual([]);
    // A sentence about the address itself.
    expect(await lint(webPage + 'This is the short URL for bookings: <https://www.example.nhs.uk/book>.')).toEqual([]);
    // A section of examples.
    expect(await lint(webPage + '## Text message examples\n\nRead more at <https://www.example.nhs.uk/covid>\n\n## Next')).toEqual([]);
  });
});

describe('downloads from a content system, with no file name in the address', () => {
  it('flags a download address with a file number when the text gives no format or size', async () => {
    for (const url of [
      'https://www.example.nhs.uk/download_file/view/6878/826',
      'https://www.example.nhs.uk/media/1234/download',
      'https://www.example.nhs.uk/downloaddoc.asp?id=552',
      'https://www.example.nhs.uk/leaflets/?download=17',
    ]) {
      const found = await lint(`Read our [leaflet on hip surgery](${url}).`);
      expect(found, url).toHaveLength(1);
      expect(found[0]!.message).toBe('“leaflet on hip surgery” looks like it downloads a file, but the text does not give its format and size.');
    }
    const [sizeOnly] = await lint('Read our [leaflet on hip surgery](https://a.example/media/1234/download) (PDF).');
    expect(sizeOnly!.message).toMatch(/does not give its size\.$/);
  });

  it('accepts a download with its format and size, and a downloads page with no file number', async () => {
    expect(await lint('Read our [hip leaflet](https://a.example/media/1234/download) (PDF, 300KB).')).toEqual([]);
    expect(await lint('Get the [screen reader](https://www.example.org/download/) for free.')).toEqual([]);
    expect(await lint('See our [downloads page](https://a.example/downloads).')).toEqual([]);
  });
});

describe('link text that names a format but not a size', () => {
  it('asks for the size when the text ends with the format', async () => {
    const found = await lint('Read the [annual report (PDF)](https://a.example/reports/annual) now.');
    expect(found.map((f) => f.message)).toEqual(['“annual report (PDF)” opens a PDF file, but the text does not give its size.']);
    expect(await lint('Fill in the [referral form - Word document](https://a.example/forms/7).')).toHaveLength(1);
  });

  it('accepts the size beside it, and a format named in the middle of the text', async () => {
    expect(await lint('Read the [annual report (PDF)](https://a.example/reports/annual) (1.2MB).')).toEqual([]);
    expect(await lint('Read [how to make a PDF accessible](https://a.example/guides/pdf).')).toEqual([]);
  });
});

describe('vague words with “here” after them', () => {
  it('flags “read more here” and “find out more here” like “read more”', async () => {
    const found = await lint('[Read more here](https://a.example/flu). [Find out more here](https://a.example/covid).');
    expect(found.map((f) => f.message)).toEqual([
      'The link text “Read more here” does not say where the link goes.',
      'The link text “Find out more here” does not say where the link goes.',
    ]);
    // Words that say what the link is for, with “here” after them: only a suggestion to take “here” out.
    expect((await lint('[Book your flu vaccine here](https://a.example/flu).')).map((f) => `${f.severity}: ${f.suggestions?.[0]}`)).toEqual([
      'suggestion: Book your flu vaccine',
    ]);
  });
});

describe('link text that points at the words round it', () => {
  it('flags “this leaflet”, “this report” and “find out more about this”', async () => {
    const found = await lint(
      'Read [this leaflet](https://a.example/a). See [this report](https://a.example/b). [Find out more about this](https://a.example/c).',
    );
    expect(found.map((f) => f.message)).toEqual([
      'The link text “this leaflet” does not say where the link goes.',
      'The link text “this report” does not say where the link goes.',
      'The link text “Find out more about this” does not say where the link goes.',
    ]);
    expect(await lint('Read [the leaflet on flu](https://a.example/a) and [this year’s report](https://a.example/b).')).toEqual([]);
  });
});

describe('a whole sentence as the link', () => {
  it('flags a statement that is all link, as a suggestion', async () => {
    const found = await lint('[If you do paid training you may also be eligible for support](https://a.example/access-to-work).');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('suggestion');
    expect(found[0]!.message).toBe('The whole sentence “If you do paid training you may also be eligible for support” is a link.');
    expect(await lint('Apply now. [We have changed how you book a blood test at our clinics](https://a.example/blood)!')).toHaveLength(1);
  });

  it('accepts link text that starts with a verb, a short link, and a link inside a sentence', async () => {
    expect(await lint('[Find out how to provide a long description in our accessibility guidance](https://a.example/a).')).toEqual([]);
    expect(await lint('[If you need help](https://a.example/help).')).toEqual([]);
    expect(await lint('Read [if you do paid training you may also be eligible for support](https://a.example/a) today.')).toEqual([]);
    expect(await lint('- [Your guide to our services in Hertfordshire and west Essex this winter](https://a.example/g)')).toEqual([]);
  });
});

describe('“click here” in plain text, where a link was lost or never made', () => {
  it('flags it and suggests link text from the words after it', async () => {
    const [found, ...rest] = await lint('Our drop-in clinic is open on Fridays. Click here to read the clinic timetable.');
    expect(rest).toEqual([]);
    expect(found!.excerpt).toBe('Click here');
    expect(found!.message).toBe('“Click here” does not say where the link goes, and not everyone clicks.');
    expect(found!.suggestions).toEqual(['Link the words that say what readers will find, like “Read the clinic timetable”.']);
    expect((await lint('For the forms, tap on this link.')).map((f) => f.excerpt)).toEqual(['tap on this link']);
  });

  it('leaves quoted advice, other uses of “click” and a pointer before a link alone', async () => {
    expect(await lint('Do not write “click here” as link text.')).toEqual([]);
    expect(await lint('Right-click the file to save it. Here you can find the forms.')).toEqual([]);
    // The link's own check reads the pointer and the link together.
    expect((await lint('Read the forms: click here: [clinic forms](https://example.org/forms).')).map((f) => f.excerpt)).not.toContain('click here');
  });
});
