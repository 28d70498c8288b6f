#!/usr/bin/env node
// Writes the Word (.docx) fixtures for `plainlint --annotate` in fixtures/docx-annotate/.
//
//   node scripts/make-annotate-fixtures.mjs
//
// Each file is a short NHS comms draft built to test one hard case for placing Word comments:
// words split over runs with different formatting, tracked changes, a hyperlink, a table,
// a text box, footnotes, endnotes, and a document that already has comments. The docx package builds
// the package; where it cannot write what Word writes (tracked changes with a deleted paragraph
// mark, a Word 2010+ text box with its VML fallback, proofing marks) we put raw XML in place of
// a marker paragraph. The output is byte-stable (fixed dates, fixed zip order and timestamps).

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXED_DATE, stableDocx, unzipParts } from './lib/stable-docx.mjs';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(here, '..', 'fixtures', 'docx-annotate');
const CREATOR = 'Example Integrated Care Board communications team';

const text = (t, opts = {}) => new TextRun({ text: t, ...opts });
const para = (...children) => new Paragraph({ children: children.map((c) => (typeof c === 'string' ? text(c) : c)) });
const h1 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(t)] });
/** A paragraph the raw XML replaces (see `raw` below). */
const marker = (name) => para(`@@RAW:${name}@@`);
const cell = (...paragraphs) =>
  new TableCell({
    width: { size: 4513, type: WidthType.DXA },
    children: paragraphs.length ? paragraphs.map((p) => (typeof p === 'string' ? para(p) : p)) : [para()],
  });

const makeDocument = ({ title, children, ...rest }) =>
  new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title,
    description: 'Test fixture for plainlint --annotate.',
    sections: [{ children }],
    ...rest,
  });

// Raw WordprocessingML, as Word itself writes it.
const R = (t, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const AUTHOR = 'w:author="Jo Smith" w:date="2025-01-01T00:00:00Z"';

const RAW = {
  // "3rd February 2026": "3rd" is a tracked insertion, "of " a tracked deletion in the middle.
  // Then a paragraph whose mark was deleted: mammoth joins it to the next one.
  tracked:
    `<w:p>${R('The new clinic opens on ')}` +
    `<w:del w:id="101" ${AUTHOR}><w:r><w:delText xml:space="preserve">Monday </w:delText></w:r></w:del>` +
    `<w:ins w:id="102" ${AUTHOR}>${R('3rd')}</w:ins>${R(' ')}` +
    `<w:del w:id="103" ${AUTHOR}><w:r><w:delText xml:space="preserve">of </w:delText></w:r></w:del>` +
    `${R('February 2026 at 9am.')}</w:p>` +
    `<w:p><w:pPr><w:rPr><w:del w:id="104" ${AUTHOR}/></w:rPr></w:pPr>${R('You can come with a friend or carer, ')}</w:p>` +
    `<w:p>${R('e.g.', '<w:i/>')}${R(' a family member.')}<w:ins w:id="105" ${AUTHOR}>${R(' They can stay with you.')}</w:ins></w:p>`,

  // A Word 2010+ text box: the drawing (wps) first, then the VML copy for older readers.
  textbox: (() => {
    const content =
      `<w:txbxContent><w:p>${R('Get your flu vaccine by ')}${R('1st', '<w:b/>')}${R(' December 2025', '<w:b/>')}${R('.')}</w:p>` +
      `<w:p>${R('It is free for everyone aged 65 or over.')}</w:p></w:txbxContent>`;
    return (
      `<w:p>${R('Our winter health campaign starts soon.')}<w:r><mc:AlternateContent>` +
      `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>300000</wp:posOffset></wp:positionV>` +
      `<wp:extent cx="3000000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>` +
      `<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
      `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="900000"/></a:xfrm>` +
      `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>` +
      `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>` +
      `</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:23.6pt;width:236.2pt;height:70.85pt;z-index:251659264" fillcolor="white [3201]" strokeweight=".5pt">` +
      `<v:textbox>${content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>` +
      `</mc:AlternateContent></w:r></w:p>`
    );
  })(),

  // Spelling marks and revision ids split the words, as Word leaves them after editing.
  proofing:
    `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${R('Please phone us on 0300 123 4567, ')}` +
    `<w:proofErr w:type="spellStart"/><w:r w:rsidR="00D4E5F6"><w:t>e</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
    `<w:bookmarkStart w:id="0" w:name="phone"/><w:r w:rsidR="00A1B2C3"><w:t>.g.</w:t></w:r><w:bookmarkEnd w:id="0"/>` +
    `${R(' after 10am.')}</w:p>`,
};

// ---------------------------------------------------------------------------
// The fixtures

const fixtures = {
  // Flagged words over runs with different formatting, and flagged words mid-run.
  'split-runs.docx': makeDocument({
    title: 'Your child’s vaccinations',
    children: [
      h1('Your child’s vaccinations'),
      para(
        'Please bring your child to the clinic by ',
        text('1'),
        text('st', { superScript: true }),
        text(' Janu', { bold: true }),
        text('ary', { bold: true, italics: true }),
        text(' 2026', { underline: {} }),
        '.',
      ),
      para('Bring a drink and a snack, ', text('e.', { italics: true }), text('g', { bold: true }), '. water and fruit.'),
      para('The nurse will see you on 2nd March 2026 at the health centre.'),
      marker('proofing'),
    ],
  }),

  'tracked-changes.docx': makeDocument({
    title: 'New clinic opening',
    children: [h1('New clinic opening'), marker('tracked'), para('We look forward to seeing you.')],
  }),

  'hyperlink.docx': makeDocument({
    title: 'Book your appointment',
    children: [
      h1('Book your appointment'),
      para(
        'To book your appointment online, ',
        new ExternalHyperlink({
          link: 'https://www.example.nhs.uk/book',
          children: [text('click', { style: 'Hyperlink' }), text(' here', { style: 'Hyperlink', bold: true })],
        }),
        '.',
      ),
      para(
        'Read ',
        new ExternalHyperlink({
          link: 'https://www.example.nhs.uk/advice',
          children: [text('our advice on coughs and colds', { style: 'Hyperlink' })],
        }),
        ', e.g. what to do at home.',
      ),
    ],
  }),

  'table.docx': makeDocument({
    title: 'Vaccination clinics',
    children: [
      h1('Vaccination clinics'),
      para('These are the clinics this winter.'),
      new Table({
        rows: [
          new TableRow({ tableHeader: true, children: [cell('Clinic'), cell('When')] }),
          new TableRow({ children: [cell('Flu vaccine'), cell('Every Monday.', 'Book by 1st October 2025.')] }),
          new TableRow({ children: [cell('Covid-19 vaccine, e.g. for people over 75'), cell()] }),
        ],
      }),
      para('Ask at reception if you need help, e.g. with booking.'),
    ],
  }),

  'textbox.docx': makeDocument({
    title: 'Winter health',
    children: [h1('Winter health'), marker('textbox'), para('Ask your pharmacist, e.g. about coughs.')],
  }),

  'footnote.docx': makeDocument({
    title: 'Free vaccines',
    footnotes: {
      1: { children: [para('This includes people aged 65 or over, e.g. grandparents.')] },
      2: { children: [para('Your GP practice will write to you by 1st September 2025.')] },
    },
    children: [
      h1('Free vaccines'),
      para('Most adults can get the vaccine free.', new FootnoteReferenceRun(1), ' Some children can too.'),
      para('We will tell you when to book.', new FootnoteReferenceRun(2)),
      para('Bring your NHS number, e.g. from a letter.'),
    ],
  }),

  // Flagged words inside footnotes and endnotes, split over runs with different formatting,
  // for --annotate-notes words. Its styles have Word's "annotation reference" character style
  // (CommentReference), which Word puts on the run with the comment mark.
  'notes.docx': makeDocument({
    title: 'Flu vaccines for carers',
    styles: {
      characterStyles: [
        { id: 'CommentReference', name: 'annotation reference', basedOn: 'DefaultParagraphFont', run: { size: 16 } },
      ],
    },
    footnotes: {
      1: {
        children: [
          para(
            'You can have it from ',
            text('1'),
            text('st', { superScript: true }),
            text(' Octo', { bold: true }),
            text('ber', { bold: true, italics: true }),
            text(' 2025', { underline: {} }),
            ' at your GP practice.',
          ),
        ],
      },
      2: {
        children: [
          para('Letters come from your GP practice.'),
          para('Some practices send a text message instead, ', text('e.', { italics: true }), text('g', { bold: true }), '. through the NHS App.'),
        ],
      },
    },
    endnotes: {
      1: { children: [para('The vaccine is free until 31st March 2026 for carers, e.g. people who look after a relative.')] },
      2: { children: [para('Ask at reception if you need help, ', text('e.g. with ', { italics: true }), text('booking', { bold: true }), '.')] },
    },
    children: [
      h1('Flu vaccines for carers'),
      para('Unpaid carers can get a free flu vaccine.', new FootnoteReferenceRun(1), ' Ask your GP practice.', new EndnoteReferenceRun(1)),
      para('We will write to you when you can book.', new FootnoteReferenceRun(2)),
      para('Bring your NHS number, e.g. from a letter.', new EndnoteReferenceRun(2)),
    ],
  }),

  'existing-comments.docx': makeDocument({
    title: 'Winter vaccines',
    comments: {
      children: [
        {
          id: 7,
          author: 'Sam Patel',
          initials: 'SP',
          date: FIXED_DATE,
          children: [para('Check these dates with the practice manager.')],
        },
      ],
    },
    children: [
      h1('Winter vaccines'),
      para(
        'Book your ',
        new CommentRangeStart(7),
        text('winter vaccines by 1st'),
        new CommentRangeEnd(7),
        text(' November 2025.'),
        new TextRun({ children: [new CommentReference(7)] }),
      ),
      para('Bring your red book, e.g. for children under 5.'),
    ],
  }),
};

// ---------------------------------------------------------------------------

async function build(doc) {
  const contents = await unzipParts(await Packer.toBuffer(doc));
  // Raw XML in place of marker paragraphs.
  let xml = contents.get('word/document.xml').toString('utf8');
  xml = xml.replace(/<w:p>(?:(?!<w:p>).)*?@@RAW:(\w+)@@.*?<\/w:p>/g, (_, name) => {
    if (!RAW[name]) throw new Error(`no raw XML called ${name}`);
    return RAW[name];
  });
  if (xml.includes('@@RAW')) throw new Error('a marker paragraph was not replaced');
  contents.set('word/document.xml', Buffer.from(xml, 'utf8'));
  // Comment paragraph ids are random in the docx package: make them fixed too.
  return stableDocx(contents, { paraIds: true });
}

await mkdir(OUT_DIR, { recursive: true });
for (const [name, doc] of Object.entries(fixtures)) {
  await writeFile(join(OUT_DIR, name), await build(doc));
  console.log(`wrote fixtures/docx-annotate/${name}`);
}
