/**
 * Turn simple markdown into a real Word document with the `docx` package, so a test can check
 * that a rule finds the same problems in Word as in markdown: headings become Word heading
 * styles, lists Word lists, links hyperlinks, images pictures with alt text, tables tables.
 */
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
  type ParagraphChild,
} from 'docx';
import type { Root, RootContent, PhrasingContent, ListItem } from 'mdast';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { PNG } from '../../scripts/lib/stable-docx.mjs';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface Style {
  bold?: boolean;
  italics?: boolean;
}

function runs(nodes: PhrasingContent[], style: Style = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(new TextRun({ text: node.value.replace(/\n/g, ' '), ...style }));
        break;
      case 'inlineCode':
        out.push(new TextRun({ text: node.value, font: 'Courier New', ...style }));
        break;
      case 'strong':
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, { ...style, italics: true }));
        break;
      case 'link':
        out.push(new ExternalHyperlink({ link: node.url || 'https://example.org', children: runs(node.children, style) as TextRun[] }));
        break;
      case 'image':
        out.push(
          new ImageRun({
            type: 'png',
            data: PNG,
            transformation: { width: 120, height: 80 },
            altText: { name: 'Picture', description: node.alt ?? '', title: '' },
          }),
        );
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      default:
        if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
    }
  }
  return out;
}

function blocks(nodes: RootContent[], list?: { ordered: boolean; level: number }): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push(new Paragraph({ heading: LEVELS[node.depth - 1], children: runs(node.children) }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            children: runs(node.children),
            ...(list ? (list.ordered ? { numbering: { reference: 'numbers', level: list.level } } : { bullet: { level: list.level } }) : {}),
          }),
        );
        break;
      case 'list':
        for (const item of node.children as ListItem[]) {
          out.push(...blocks(item.children as RootContent[], { ordered: !!node.ordered, level: list ? list.level + 1 : 0 }));
        }
        break;
      case 'blockquote':
        out.push(...blocks(node.children as RootContent[], list));
        break;
      case 'table':
        out.push(
          new Table({
            rows: node.children.map(
              (row) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children) })] })) }),
            ),
          }),
        );
        break;
      default:
        break;
    }
  }
  return out;
}

export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const tree: Root = parseMarkdown(markdown, 'x.md').mdast;
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
        },
      ],
    },
    sections: [{ children: blocks(tree.children) }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
