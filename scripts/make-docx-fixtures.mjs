#!/usr/bin/env node
// Writes the Word (.docx) test fixtures in fixtures/docx/.
//
//   node scripts/make-docx-fixtures.mjs
//
// The output is byte-stable: running the script twice gives the same files, so
// regenerating the fixtures does not churn git. To get there we
//   - fix the created and modified dates in docProps/core.xml,
//   - rename the random relationship ids that the docx package gives hyperlinks,
//   - re-zip every file with jszip in a fixed order with a fixed timestamp.
// See fixtures/docx/README.md for what each file holds and what plainlint
// should report for it.

import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG, stableDocx, unzipParts, zipInOrder } from './lib/stable-docx.mjs';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(here, '..', 'fixtures', 'docx');

const CREATOR = 'Example Integrated Care Board communications team';

// ---------------------------------------------------------------------------
// Small builders

const text = (t, opts = {}) => new TextRun({ text: t, ...opts });

const para = (...children) =>
  new Paragraph({ children: children.map((c) => (typeof c === 'string' ? text(c) : c)) });

const heading = (level, t) => new Paragraph({ heading: level, children: [text(t)] });
const h1 = (t) => heading(HeadingLevel.HEADING_1, t);
const h2 = (t) => heading(HeadingLevel.HEADING_2, t);

const bullet = (t) => new Paragraph({ bullet: { level: 0 }, children: [text(t)] });
const numbered = (t) =>
  new Paragraph({ numbering: { reference: 'numbered-steps', level: 0 }, children: [text(t)] });

const link = (t, url) =>
  new ExternalHyperlink({ link: url, children: [text(t, { style: 'Hyperlink' })] });

// altText: { name, description, title }. Word always writes a name such as
// "Picture 2"; the alt text itself is the description.
const image = ({ altText, decorative = false, width = 240, height = 160 }) =>
  new ImageRun({
    type: 'png',
    data: PNG,
    transformation: { width, height },
    altText,
    decorative,
  });

const imagePara = (opts) => new Paragraph({ children: [image(opts)] });

const cell = (t, opts = {}) =>
  new TableCell({
    width: { size: 4513, type: WidthType.DXA },
    children: [new Paragraph({ children: [text(t, opts)] })],
  });

const numberingConfig = {
  config: [
    {
      reference: 'numbered-steps',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

const makeDocument = ({ title, description, children }) =>
  new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title,
    description,
    numbering: numberingConfig,
    sections: [{ children }],
  });

async function writeDocx(name, doc) {
  const raw = await Packer.toBuffer(doc);
  const bytes = await stableDocx(await unzipParts(raw));
  await writeFile(join(OUT_DIR, name), bytes);
  return bytes;
}

// ---------------------------------------------------------------------------
// 1. example-draft.docx: a comms draft with many problems planted.

const exampleDraft = makeDocument({
  title: 'Changes to your GP practice',
  description: 'Draft patient letter about the merger of two GP practices. Test fixture for plainlint.',
  children: [
    h1('Changes to your GP practice'),
    para(
      'From 1st January 2026, Station Road Surgery and Riverside Medical Centre will join together to become one GP practice.',
    ),
    imagePara({
      altText: { name: 'Picture 1', description: 'Map of the two GP surgeries on Station Road' },
    }),
    h2('Why we are making this change'),
    para(
      'Following extensive engagement with patients, staff and local stakeholders across the area over the past eighteen months, the integrated care board has agreed that the two practices should merge so that more appointments can be offered to everyone who needs one.',
    ),
    para('Going forward, the PCN will leverage the skills of both practice teams.'),
    para('We will utilise the larger building on Station Road for most appointments.'),
    imagePara({ altText: { name: 'Picture 2' } }),
    h2('What this means for you'),
    para('You do not need to do anything. Some services will move, e.g. blood tests and baby clinics.'),
    bullet('Your GP will not change.'),
    bullet('Your NHS number and health records will stay the same.'),
    bullet('You can still book appointments online or by phone.'),
    new Table({
      width: { size: 9026, type: WidthType.DXA },
      columnWidths: [4513, 4513],
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell('Service', { bold: true }), cell('Where it will be', { bold: true })],
        }),
        new TableRow({ children: [cell('Blood tests'), cell('Station Road Surgery')] }),
        new TableRow({ children: [cell('Baby clinics'), cell('Riverside Medical Centre')] }),
      ],
    }),
    imagePara({ altText: { name: 'Picture 3', description: 'IMG_2041.jpg' } }),
    h2('What happens next'),
    numbered('We will send you a letter about the merger.'),
    numbered('You can tell us what you think until 30 November 2025.'),
    numbered('We will publish our final plan in December 2025.'),
    h2('Find out more'),
    para('To find out more about the merger, ', link('click here', 'https://www.example.nhs.uk/merger'), '.'),
    para(
      'You can also ',
      link(
        'read the merger consultation document (PDF, 545KB)',
        'https://www.example.nhs.uk/merger/consultation-document.pdf',
      ),
      '.',
    ),
  ],
});

// 2. decorative-image.docx: one image marked as decorative, one with alt text.

const decorativeImage = makeDocument({
  title: 'Winter health services',
  description: 'One decorative image and one image with alt text. Test fixture for plainlint.',
  children: [
    para('Our winter health services are now open at pharmacies across the area.'),
    imagePara({ altText: { name: 'Picture 1' }, decorative: true, width: 480, height: 16 }),
    imagePara({
      altText: { name: 'Picture 2', description: 'A pharmacist talking to a patient at the pharmacy counter' },
    }),
  ],
});

// 3. fake-heading.docx: a bold Normal paragraph used as a heading.

const fakeHeading = makeDocument({
  title: 'Changes to opening hours',
  description: 'A bold paragraph used as a heading but styled Normal. Test fixture for plainlint.',
  children: [
    h1('Changes to opening hours'),
    para('Riverside Medical Centre is changing its opening hours from Monday 2 March.'),
    para(text('What is changing', { bold: true })),
    para('The practice will open at 7:30am on Tuesdays and Thursdays.'),
    para('It will close at 6pm on Fridays.'),
    para(text('Remember:', { bold: true }), ' the pharmacy next door will keep its usual hours.'),
    h2('How to contact us'),
    para('You can phone the practice on 01632 960 123.'),
  ],
});

// 4. clean.docx: short plain English with nothing to report.

const clean = makeDocument({
  title: 'Book your flu vaccine',
  description: 'Plain English with nothing to report. Test fixture for plainlint.',
  children: [
    h1('Book your flu vaccine'),
    para('You can get a free flu vaccine at your local pharmacy. It only takes a few minutes.'),
    imagePara({
      altText: { name: 'Picture 1', description: 'A pharmacist giving someone a flu vaccine' },
    }),
    h2('How to book'),
    para('You can ', link('book a flu vaccine online', 'https://www.example.nhs.uk/flu-vaccination'), '.'),
    para('You can also phone your pharmacy.'),
  ],
});

// 5. split-runs.docx: banned phrases split across runs with mixed formatting.

const splitRuns = makeDocument({
  title: 'Shared buildings',
  description: 'Words split across runs with different formatting. Test fixture for plainlint.',
  children: [
    h1('Shared buildings'),
    new Paragraph({
      children: [
        text('We will keep you updated '),
        text('going', { italics: true }),
        text(' forward'),
        text(', and we will '),
        text('lever', { bold: true }),
        text('age'),
        text(' our shared buildings to offer more appointments.'),
      ],
    }),
    new Paragraph({
      children: [
        text('Go', { italics: true }),
        text('ing', { italics: true, bold: true }),
        text(' for'),
        text('ward', { underline: {} }),
        text(', the practices will '),
        text('lev', { bold: true }),
        text('er', { bold: true, italics: true }),
        text('age', { color: '005EB8' }),
        text(' their staff.'),
      ],
    }),
  ],
});

// ---------------------------------------------------------------------------

await mkdir(OUT_DIR, { recursive: true });

const exampleBytes = await writeDocx('example-draft.docx', exampleDraft);
await writeDocx('decorative-image.docx', decorativeImage);
await writeDocx('fake-heading.docx', fakeHeading);
await writeDocx('clean.docx', clean);
await writeDocx('split-runs.docx', splitRuns);

// Check the decorative mark is where Word puts it: inside wp:docPr.
{
  const zip = await JSZip.loadAsync(await readFile(join(OUT_DIR, 'decorative-image.docx')));
  const xml = await zip.file('word/document.xml').async('string');
  const ok = /<wp:docPr\b[^>]*>(?:(?!<\/wp:docPr>).)*<adec:decorative\b[^>]*val="1"/s.test(xml);
  if (!ok) throw new Error('decorative-image.docx: no adec:decorative inside wp:docPr');
}

// 6. Broken inputs, for error handling.

await writeFile(join(OUT_DIR, 'not-a-zip.docx'), Buffer.from('this is not a word document', 'utf8'));

await writeFile(
  join(OUT_DIR, 'truncated.docx'),
  exampleBytes.subarray(0, Math.floor(exampleBytes.length * 0.6)),
);

{
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>';
  const bytes = await zipInOrder(
    new Map([
      ['[Content_Types].xml', Buffer.from(contentTypes, 'utf8')],
      ['_rels/.rels', Buffer.from(rels, 'utf8')],
    ]),
  );
  await writeFile(join(OUT_DIR, 'no-document-xml.docx'), bytes);
}

{
  // The OLE compound file signature, then zeros to 4096 bytes. Password-protected
  // .docx files and old .doc files renamed to .docx both start like this.
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  await writeFile(join(OUT_DIR, 'encrypted.docx'), bytes);
}

await writeFile(join(OUT_DIR, 'empty.docx'), Buffer.alloc(0));

console.log(`Wrote Word fixtures to ${OUT_DIR}`);
