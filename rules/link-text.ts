import type { Definition, Link, LinkReference, Nodes as MdastNodes, Parents as MdastParents, Text } from 'mdast';
import { defineRule, type LintDocument } from '../src/types.js';
import { eachNode, normalWords, plainText } from './lib/mdast.js';
import {
  VAGUE,
  GENERIC_PAGE,
  FILE_EXT,
  FORMAT_NAMES,
  FORMAT,
  SIZE,
  UNREADABLE_PATH,
  BARE_URL,
  FOLLOW_LINK,
  EMAIL,
  FILE_NAME,
  LOCAL_FILE,
  PRIVATE_HOST,
  TEXT_FORMAT,
  SENTENCE_START,
  ABBREVIATION,
  isDownloadAddress,
  capitalise,
  formatName,
  lastTextOf,
  short,
  readable,
  normalUrl,
} from './lib/links.js';
import { clickHere } from './lib/click-here.js';

type AnyLink = Link | LinkReference;

export default defineRule<{ maxUrlLength: number; emailAddressText: boolean }>({
  meta: {
    id: 'link-text',
    description: 'Link text that does not say where the link goes, web addresses as link text, and file links without format and size.',
    severity: 'warning',
    principle: 'Make our communications inclusive and accessible.',
    docs:
      'Many screen reader users move from link to link, hearing only the link text. Words like ' +
      '“click here”, “read more”, “this page”, “our website” or “Download” tell them nothing. The rule also ' +
      'flags link text that starts with “click”: not everyone clicks. Say where the link goes: “Book your flu vaccine”. ' +
      'It suggests taking “here” off the end of link text that says what the link is for (“Book your flu vaccine here”), ' +
      'and taking out words that point at a link (“by following this link”).\n\n' +
      '“Click here” in plain text is flagged too: the link was lost, or the words need to become one that says where it goes.\n\n' +
      'A long web address as link text is read out in full. Short, readable addresses like nhs.uk/flu are fine, ' +
      'in print and text messages most of all. On a page whose other links use words, a short address made into ' +
      'a link is a suggestion: use words there too. Email addresses are fine to show.\n\n' +
      'Option maxUrlLength counts the characters after “https://www.”. Set it to 0 to flag every address.\n\n' +
      'An email address as link text must be the address the link writes to. With option emailAddressText ' +
      '(on in the govuk preset), an email link must show the address itself, as GOV.UK asks. Links to files on a computer ' +
      '(file://), shared drives or staff-only sites (intranet, localhost, SharePoint) are broken for the public. ' +
      'Link text that is a file name, like “Plan_v3_FINAL.pdf”, should be the document’s title.\n\n' +
      'Do not end link text with a full stop. When a link opens a file, like a PDF or Word document, ' +
      'give its format and size after the link: “(PDF, 545KB)”. This goes for download addresses with no file name ' +
      '(“/download_file/view/6878”, “/media/42/download”), and for link text that names a format but no size, ' +
      'like “Annual report (PDF)”. A whole sentence as the link (“If you do paid training you may get support”) ' +
      'is a suggestion: link only the words that say where it goes.\n\nTwo links with the same words should go to the same place. ' +
      'Placeholder links (to “#”) are only checked for their wording.',
    fixable: true,
    defaultOptions: { maxUrlLength: 35, emailAddressText: false },
    schema: (z) => z.strictObject({ maxUrlLength: z.optional(z.int().check(z.gte(0))), emailAddressText: z.optional(z.boolean()) }),
    examples: {
      good: [
        { text: 'Find out [how to book your flu vaccine](https://www.nhs.uk/flu).' },
        { text: 'Read the [consultation document](/files/consultation.pdf) (PDF, 545KB).' },
        { text: 'Email us at <practice@example.nhs.uk>, or go to www.nhs.uk/flu for more.' },
        { text: '[Book online](https://a.example/book) or [book online](https://a.example/book/).' },
        { text: 'Email [info@example.nhs.uk](mailto:Info@Example.nhs.uk?subject=Flu).' },
        { text: 'Read our [annual plan 2025](https://www.example.nhs.uk/files/annual-plan.pdf) (PDF, 1.2MB).' },
      ],
      bad: [
        { text: 'To book your vaccine, [click here](https://www.nhs.uk/flu).', count: 1, flags: ['click here'] },
        {
          text: 'Details are at <https://www.example.nhs.uk/merger/consultation/have-your-say>.',
          count: 1,
          flags: ['https://www.example.nhs.uk/merger/consultation/have-your-say'],
        },
        { text: 'Read the [consultation document](/files/consultation.pdf).', count: 1, flags: ['consultation document'] },
        { text: '[Find out about the changes.](https://a.example/changes)', count: 1, flags: ['.'] },
        { text: 'Email [info@example.nhs.uk](mailto:enquiries@example.nhs.uk).', count: 1, flags: ['info@example.nhs.uk'] },
        { text: 'See the [staff rota](file:///C:/Users/jo/rota.xlsx).', count: 1, flags: ['staff rota'] },
        { text: 'See the [referral form](http://intranet/forms/referral).', count: 1, flags: ['referral form'] },
        {
          text: 'Read our [hip surgery leaflet](https://www.example.nhs.uk/download_file/view/6878/826).',
          count: 1,
          flags: ['hip surgery leaflet'],
        },
        { text: '[Read more here](https://a.example/flu) about the flu vaccine.', count: 1, flags: ['Read more here'] },
        { text: '[Download Plan_v3_FINAL.pdf](/files/Plan_v3_FINAL.pdf) (PDF, 2MB)', count: 1, flags: ['Download Plan_v3_FINAL.pdf'] },
        {
          text: '[Opening hours](https://a.example/riverside) and [opening hours](https://a.example/station).',
          count: 1,
          flags: ['opening hours'],
        },
      ],
    },
  },
  check(doc, context) {
    const maxUrlLength = Math.max(0, Number(context.options.maxUrlLength ?? 35));
    const emailAddressText = context.options.emailAddressText === true;
    const definitions = new Map<string, string>();
    eachNode(doc.mdast, 'definition', (node: Definition) => {
      definitions.set(node.identifier.toLowerCase(), node.url);
    });
    /** Normalised link text → the first place it goes. */
    const destinations = new Map<string, string>();
    const page = pageContext(doc, definitions);

    const visit = (node: MdastNodes, parent: MdastParents | undefined, index: number) => {
      if (node.type === 'link' || node.type === 'linkReference') {
        checkLink(node, parent, index);
        return;
      }
      if (node.type === 'text') clickHereText(node, parent, index);
      if ('children' in node) {
        const children = node.children as MdastNodes[];
        for (let i = 0; i < children.length; i++) visit(children[i]!, node as MdastParents, i);
      }
    };
    visit(doc.mdast, undefined, 0);

    /** “Click here to read the report.” in plain text: the words a link should not have, where the link was lost or never made. */
    function clickHereText(node: Text, parent: MdastParents | undefined, index: number): void {
      const hit = clickHere(doc, node, parent, index);
      if (!hit) return;
      context.report({
        span: { start: doc.pointAt(hit.start), end: doc.pointAt(hit.end) },
        message: `“${hit.words}” does not say where the link goes, and not everyone clicks.`,
        why: 'Screen reader users often move from link to link and hear only the link text. People tap, use a keyboard or speak, too.',
        suggestions: [`Link the words that say what readers will find, like “${hit.instead}”.`],
      });
    }

    function checkLink(link: AnyLink, parent: MdastParents | undefined, index: number): void {
      if (!link.position) return;
      const url = link.type === 'link' ? link.url : (definitions.get(link.identifier.toLowerCase()) ?? '');
      const raw = plainText(link).replace(/\s+/g, ' ').trim();
      const words = normalWords(raw);
      const placeholder = url === '' || url === '#';
      const isEmail = EMAIL.test(raw) || url.startsWith('mailto:');

      if (!raw) {
        context.report({
          node: link,
          message: 'This link has no words to click.',
          why: 'Screen reader users hear only “link”, with no idea where it goes.',
          suggestions: ['Add words that say where the link goes.'],
        });
        return;
      }

      if (VAGUE.has(words) || VAGUE.has(words.replace(/ here$/, '')) || /^click here\b/.test(words) || GENERIC_PAGE.test(words)) {
        context.report({
          node: link,
          message: `The link text “${raw}” does not say where the link goes.`,
          why: 'Screen reader users often hear links on their own, without the words around them.',
          suggestions: ['Use words that say where the link goes, like “Book your flu vaccine”.'],
          data: { url },
        });
        return;
      }

      // “Submit details of your concern here”: the words say what, but “here” only makes sense
      // on the page, not in a list of links. Link text that starts “click” has its own finding.
      if (/\shere$/.test(words) && words.split(' ').length >= 3 && !isEmail && !/^click\b/.test(words)) {
        context.report({
          node: link,
          message: `Take “here” out of the link text “${raw}”.`,
          why: 'Screen reader users often hear links on their own, where “here” says nothing.',
          suggestions: [capitalise(raw.replace(/\s+here[.!]?$/i, '').replace(/^please\s+/i, ''))],
          severity: 'suggestion',
          data: { url },
        });
        return;
      }

      if (placeholder) return;

      // “by following this link [Tell us what you think]”: link words that say where it goes need no
      // pointer. Before a bare web address (“using the following link https://…”) it is needed.
      const prev = parent && index > 0 ? parent.children[index - 1] : undefined;
      const pointer = prev?.type === 'text' ? FOLLOW_LINK.exec(prev.value) : null;
      if (pointer && prev?.position && !BARE_URL.test(raw) && !isEmail) {
        const end = prev.position.end.offset!;
        const start = end - pointer[0].length + pointer[0].search(/\S/);
        context.report({
          span: { start: doc.pointAt(start), end: doc.pointAt(end - (pointer[0].length - pointer[0].trimEnd().length)) },
          message: `Take out “${pointer[0].trim()}”: the link text says where it goes.`,
          why: 'Words about the link itself add reading time and say nothing a screen reader does not already say.',
          suggestions: ['Take it out, and keep the link text.'],
          severity: 'suggestion',
        });
      }

      if (emailAddressText && url.startsWith('mailto:') && !EMAIL.test(raw)) {
        const address = decodeURIComponent(url.slice(7).replace(/\?.*$/, '')).trim();
        if (EMAIL.test(address)) {
          context.report({
            node: link,
            message: `Show the email address as the link text: “${address.toLowerCase()}”, not “${raw}”.`,
            why: 'People need to see the address to copy it, write it down or use it on another device.',
            suggestions: [address.toLowerCase()],
            severity: 'suggestion',
            data: { url },
          });
          return;
        }
      }
      if (/^click\b/.test(words)) {
        context.report({
          node: link,
          message: `Link text that starts with “click” (“${raw}”) does not say where the link goes.`,
          why: 'Not everyone clicks: people tap, use a keyboard or speak. Screen reader users hear the link text on its own.',
          suggestions: [`Start with what the link is for, like “${capitalise(raw.replace(/^click\s+(here\s+)?(to\s+|on\s+)?/i, '')) || 'Book your flu vaccine'}”.`],
          data: { url },
        });
      }

      if (isEmail && url.startsWith('mailto:') && EMAIL.test(raw)) {
        const shown = raw.replace(/^mailto:/i, '').toLowerCase();
        const opens = decodeURIComponent(url.slice(7).replace(/\?.*$/, '')).trim().toLowerCase();
        if (opens && shown !== opens) {
          context.report({
            node: link,
            message: `The link shows the email address “${raw}”, but it writes to “${opens}”.`,
            why: 'People who copy the address they see, or check it before they write, will use a different one.',
            suggestions: ['Make the address people see the same as the one the link opens.'],
            data: { url },
          });
        }
      }

      if (LOCAL_FILE.test(url) || PRIVATE_HOST.test(url)) {
        const file = LOCAL_FILE.test(url);
        context.report({
          node: link,
          message: file
            ? `“${raw}” links to a file on a computer or shared drive (“${short(url)}”), which the public cannot open.`
            : `“${raw}” links to a staff-only address (“${short(url)}”), which the public cannot open.`,
          why: 'The link works on your computer or network, but it is broken for everyone else.',
          suggestions: ['Publish the file or page on your website, and link to that public address.'],
          ...(file ? { severity: 'error' as const } : {}),
          data: { url },
        });
        return;
      }

      if (!isEmail && BARE_URL.test(raw) && (readable(raw).length > maxUrlLength || UNREADABLE_PATH.test(readable(raw)))) {
        context.report({
          node: link,
          message:
            readable(raw).length > maxUrlLength
              ? `The link text is a long web address: “${raw}”.`
              : `The link text is a web address with a page file name or query in it: “${raw}”.`,
          why: 'Screen readers read out every part of a long web address, and it does not say where the link goes.',
          suggestions: [
            'Use words that say where the link goes, like “Book your flu vaccine”.',
            'For print or text messages, use a short address, like nhs.uk/flu.',
          ],
          data: { url },
        });
      } else if (!isEmail && BARE_URL.test(raw) && addressOnWebPage(link, raw, parent)) {
        context.report({
          node: link,
          message: `The link text is a web address: “${raw}”. Your other links use words.`,
          why: 'Screen readers read out a web address part by part, and it does not say where the link goes.',
          suggestions: [
            'Use words that say where the link goes, like “Find your local council”.',
            `If people need to see the address, leave out “https://”, “www.” and the slash at the end: ${readable(raw)}.`,
          ],
          severity: 'suggestion',
          data: { url, kind: 'web-address' },
        });
      }

      checkFullStop(link, raw);
      if (!checkFileName(link, url, raw)) checkFile(link, url, raw, parent, index);
      if (!isEmail && !BARE_URL.test(raw)) checkSentence(link, raw, parent, index);

      if (!isEmail && !BARE_URL.test(raw)) {
        const where = normalUrl(url);
        const before = destinations.get(words);
        if (before === undefined) destinations.set(words, where);
        else if (before !== where) {
          context.report({
            node: link,
            message: `“${raw}” is the text of 2 links that go to different places.`,
            why: 'People who hear the links on their own cannot tell them apart.',
            suggestions: ['Give each link words that say where it goes.'],
            data: { url, other: before },
          });
        }
      }
    }

    /**
     * A web address made into a link on purpose (“<https://…>”, “[www.example.org/help](…)”) on a page
     * whose links use words: a web page, not a letter or a text message, where addresses are shown
     * so people can type them. A bare site name (“www.nhs.uk”), a sentence about the address itself
     * (“the URL is …”) and a section of examples are left alone, as are addresses a writer typed as
     * text that the page (or Word) turned into links.
     */
    function addressOnWebPage(link: AnyLink, raw: string, parent: MdastParents | undefined): boolean {
      if (page.wordedLinks < 2) return false;
      const at = link.position!.start.offset!;
      // Word makes a link of every address typed in it, so only markdown shows the writer's choice.
      if (doc.format !== 'markdown' || (doc.text[at] !== '<' && doc.text[at] !== '[')) return false;
      if (!/^https?:\/\//i.test(raw) && !/\/./.test(readable(raw))) return false;
      if (parent && /\b(url|urls|web ?address(es)?|address(es)?|link(s)?)\b/i.test(plainText(parent).replace(raw, ''))) return false;
      return !page.inExamples(at);
    }

    function checkFullStop(link: AnyLink, raw: string): void {
      if (!raw.endsWith('.') || raw.endsWith('..') || ABBREVIATION.test(raw)) return;
      // Find the full stop in the source: the end of the last text inside the link.
      const lastText = lastTextOf(link);
      const end = lastText?.position?.end.offset;
      if (end === undefined || doc.text[end - 1] !== '.') return;
      const dot = end - 1;
      const linkEnd = link.position!.end.offset!;
      const canFix =
        doc.format === 'markdown' && link.type === 'link' && doc.text[dot + 1] === ']' && doc.text[linkEnd - 1] === ')';
      const after = doc.text[linkEnd];
      context.report({
        span: { start: doc.pointAt(dot), end: doc.pointAt(dot + 1) },
        message: `The link text “${raw}” ends with a full stop.`,
        why: 'Screen readers read the full stop as part of the link, and the link looks untidy.',
        suggestions: ['Put the full stop after the link.'],
        ...(canFix
          ? { fix: { range: [dot, linkEnd] as [number, number], text: doc.text.slice(dot + 1, linkEnd) + (after === '.' ? '' : '.') } }
          : {}),
      });
    }

    /** Link text that is a file name, even with a format and size after it. True when it reported. */
    function checkFileName(link: AnyLink, url: string, raw: string): boolean {
      if (BARE_URL.test(raw)) return false;
      const name = FILE_NAME.exec(raw)?.[2];
      const path = url.replace(/[?#].*$/, '');
      const base = path.split('/').pop() ?? '';
      const stem = base.replace(FILE_EXT, '');
      const isFileLink = FILE_EXT.test(path);
      // Without an extension: the file's own name (“Plan_v3_FINAL”), when it has no spaces.
      const sameAsFile = isFileLink && stem.length > 3 && /[_-]/.test(stem) && raw.split(/\s+/).some((w) => w.replace(/[(),]/g, '') === stem);
      if (!name && !sameAsFile) return false;
      const ext = (FILE_EXT.exec(path)?.[1] ?? FILE_EXT.exec(name ?? '')?.[1] ?? '').toLowerCase();
      const format = FORMAT_NAMES[ext] ?? (ext ? ext.toUpperCase() : 'PDF');
      context.report({
        node: link,
        message: `The link text “${raw}” is a file name.`,
        why: 'A file name is hard to read aloud and does not say what the document is.',
        suggestions: [`Use the document’s title, with its format and size, like “Annual plan 2025 (${format}, 545KB)”.`],
        data: { url, file: name ?? stem },
      });
      return true;
    }

    function checkFile(link: AnyLink, url: string, raw: string, parent: MdastParents | undefined, index: number): void {
      const path = url.replace(/[?#].*$/, '');
      const ext = FILE_EXT.exec(path)?.[1]?.toLowerCase();
      const download = !ext && isDownloadAddress(url);
      const named = !ext && !download ? TEXT_FORMAT.exec(raw) : null;
      if (!ext && !download && !named) return;
      // The format and size can be in the link text or just after it: “(PDF, 545KB)”.
      const next = parent ? (parent.children[index + 1] as MdastNodes | undefined) : undefined;
      const following = next ? plainText(next).slice(0, 60) : '';
      const nearby = `${raw} ${following}`;
      const hasFormat = FORMAT.test(nearby);
      const hasSize = SIZE.test(nearby);
      if (hasFormat && hasSize) return;
      // Words that only name a format (“(PDF)”) are a file link by what they say; ask only for the size.
      if (named && hasSize) return;
      const missing = hasFormat ? 'its size' : hasSize ? 'its format' : 'its format and size';
      if (download) {
        context.report({
          node: link,
          message: `“${raw}” looks like it downloads a file, but the text does not give ${missing}.`,
          why: 'People need to know a link opens a file, and how big it is, before they download it on a phone.',
          suggestions: ['Add the format and size after the link, like “(PDF, 545KB)”.'],
          data: { url },
        });
        return;
      }
      const format = ext ? (FORMAT_NAMES[ext] ?? ext.toUpperCase()) : formatName(named![2]!);
      context.report({
        node: link,
        message: `“${raw}” opens a ${format} file, but the text does not give ${missing}.`,
        why: 'People need to know a link opens a file, and how big it is, before they download it on a phone.',
        suggestions: [`Add the format and size after the link, like “(${format}, 545KB)”.`],
        data: { url, format },
      });
    }

    /** A whole sentence as the link: “[If you do paid training you may get support](…).” True when it reported. */
    function checkSentence(link: AnyLink, raw: string, parent: MdastParents | undefined, index: number): boolean {
      if (!parent || raw.split(' ').length < 8 || !/^\p{Lu}/u.test(raw) || /[.!?:]$/.test(raw)) return false;
      if (!SENTENCE_START.test(raw) || TEXT_FORMAT.test(raw)) return false;
      const before = index > 0 ? plainText(parent.children[index - 1] as MdastNodes) : '';
      const after = index + 1 < parent.children.length ? plainText(parent.children[index + 1] as MdastNodes) : '';
      if (before.trim() !== '' && !/[.!?]\s*$/.test(before)) return false;
      if (!/^[.!]/.test(after)) return false;
      context.report({
        node: link,
        message: `The whole sentence “${raw}” is a link.`,
        why: 'Screen reader users who hear the link on its own get a sentence, not where the link goes.',
        suggestions: ['Link only the words that say where it goes, like “you may get [Access to Work support]”.'],
        severity: 'suggestion',
        data: { url: link.type === 'link' ? link.url : '' },
      });
      return true;
    }
  },
});

/**
 * What the page says about its links as a whole: how many links use words (not an address or an
 * email address, and not a placeholder), and which parts of the page are sections of examples.
 */
function pageContext(doc: LintDocument, definitions: Map<string, string>): { wordedLinks: number; inExamples: (offset: number) => boolean } {
  let wordedLinks = 0;
  const visitLinks = (node: MdastNodes) => {
    if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : (definitions.get(node.identifier.toLowerCase()) ?? '');
      const text = plainText(node).trim();
      if (url && url !== '#' && !url.startsWith('mailto:') && /\p{L}/u.test(text) && !BARE_URL.test(text) && !EMAIL.test(text)) wordedLinks++;
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) visitLinks(child);
  };
  visitLinks(doc.mdast);
  // Sections under a heading that says “example” or “examples”, as [start, end) offsets.
  const examples: Array<[number, number]> = [];
  let open: { start: number; depth: number } | undefined;
  for (const node of doc.mdast.children) {
    if (node.type !== 'heading' || !node.position) continue;
    const at = node.position.start.offset!;
    if (open && node.depth <= open.depth) {
      examples.push([open.start, at]);
      open = undefined;
    }
    if (!open && /\bexamples?\b/i.test(plainText(node))) open = { start: at, depth: node.depth };
  }
  if (open) examples.push([open.start, Infinity]);
  return { wordedLinks, inExamples: (offset) => examples.some(([a, b]) => offset >= a && offset < b) };
}
