import { defineRule, type ImageInfo } from '../src/types.js';
import { normalWords } from './lib/mdast.js';

const IMAGE_FILE = /\.(jpe?g|png|gif|svg|webp|bmp|tiff?|heic|avif|emf|wmf)$/i;
/** Camera and screenshot names: IMG_2041, DSC0001, PXL_20240101_1234, Screenshot 2024-01-01. */
const CAMERA_NAME = /^(img|dsc[nf]?|dcim|pxl|mvimg|screenshot|screen shot|image|photo|picture|pic)[\s_-]*\d[\w\s.-]*$/i;
/** “Image of”, “Photo showing”, “Photosymbol to represent”, “Drawing depicting”: words the screen reader already says. */
const STARTS_LIKE =
  /^((an?|the)\s+)?(image|picture|graphic|photo|photograph|illustration|pic|icon|clip\s?art|(photo\s?)?symbol|drawing|cartoon)\s+(of|showing|to\s+(represent|show|illustrate)|representing|depicting|illustrating)\s+/i;
/** “Link to our survey”, “External link to AccessAble”, “Click here”: screen readers already say “link”. */
const LINK_WORDS = /^((an?|the)\s+)?((external|internal)\s+)?(link|hyperlink|button)\s+(to|for)\s+|^click(\s+here)?(\s+(to|for))?\s+/i;
/**
 * “Our objectives as per the text above”, “see the list below”: alt text that sends people to the
 * words around the image, which they have just heard or are about to.
 */
const POINTS_TO_TEXT =
  /\b(?:(?:as\s+(?:per|in|outlined|described|listed|set\s+out|shown|explained|detailed|stated)|see|in)\s+(?:the\s+)?(?:(?:text|information|words|content|list|page)\s+)?(?:above|below)|(?:the\s+)?(?:text|information|words)\s+(?:above|below))\b/i;
/** “Information for parents image”: a word like “image” at the end, after 2 or more words. */
const ENDS_LIKE = /(?<=\S\s+\S+)\s+(image|graphic|img)\.?$/iu;
/** “Chest X-ray image”, “ultrasound scan image”: there the word says what kind of picture it is. */
const SCAN_BEFORE = /\b(?:x-?ray|scan|mri|ct|ultrasound|microscope|satellite|mirror)$/iu;
/** “Picture - annual-plan-cover-small”: a word like “picture” before a file name. */
const LEAD_WORD = /^(picture|image|photo|photograph|graphic|img|pic|icon|logo|banner|illustration)\s*[-–—:_]\s*/i;
/** A name written the way files are named: “annual-plan-cover-small”, “hero_image_2”. */
const SLUG = /^[\p{L}\p{N}]+([_-][\p{L}\p{N}]+)+$/u;
const MEANINGLESS = new Set([
  'image', 'picture', 'graphic', 'photo', 'photograph', 'img', 'pic', 'icon', 'illustration', 'logo', 'banner', 'diagram',
  'chart', 'graph', 'infographic', 'map', 'placeholder', 'spacer', 'untitled', 'thumbnail', 'alt', 'alt text', 'screenshot',
]);

/** Words before “logo” or “image” that still say nothing about it: “new logo”, “main image”, “header banner”. */
const PLAIN_MODIFIERS = /^(?:(?:the|a|an|our|new|main|site|header|footer|hero|top|page|featured|default|large|small)\s+)+/;

export default defineRule<{ maxLength: number; decorativeSources: string[] }>({
  meta: {
    id: 'alt-text',
    description: 'Images with no alt text, or alt text that is a file name, starts “image of” or “link to”, says nothing, repeats the caption or is too long.',
    severity: 'error',
    principle: 'Make our communications inclusive and accessible, using ALT text.',
    docs:
      'Alt text is what a screen reader says instead of showing an image. Every image that carries ' +
      'meaning needs a short description of what it shows and why it is there. An image with no alt text is an error.\n\n' +
      'These are warnings. A file name as alt text, like IMG_2041.jpg or “Picture - annual-plan-cover-small”. Alt text that starts “image of”, ' +
      '“photo of”, “icon of” or “symbol to represent”, or ends with “image” (“Information for parents image”), since screen readers already say “image”.\n\n' +
      'Alt text that starts “link to” or “click here”, ' +
      'since screen readers already say “link”. A single word that says nothing about the image, like “Logo” or “Diagram”. ' +
      'Alt text that repeats the caption, or sends people to the text around the image (“as per the text above”). ' +
      'Alt text over 125 characters (option maxLength).\n\n' +
      'Images that are only decoration need no alt text. In Word, tick “Mark as decorative”. ' +
      'In HTML, write alt="" with role="presentation". In markdown, list the addresses of decorative ' +
      'images, or part of them like "icons/", in the decorativeSources option.',
    fixable: true,
    defaultOptions: { maxLength: 125, decorativeSources: [] },
    schema: (z) => z.strictObject({ maxLength: z.optional(z.int().check(z.gte(1))), decorativeSources: z.optional(z.array(z.string())) }),
    examples: {
      good: [
        { text: '![A pharmacist giving someone a flu vaccination in the upper arm](flu.jpg)' },
        { text: 'Our new surgery <img src="line.png" alt="" role="presentation">' },
        { text: '![](icons/arrow.svg)', options: { decorativeSources: ['icons/'] } },
        { text: '![A nurse taking a follow-up X-ray](xray-clinic-2024.jpg)' },
        { text: '![Map showing the new surgery next to the library](map.png)\n*The new surgery on Station Road*' },
      ],
      bad: [
        { text: '![](surgery.jpg)', count: 1 },
        { text: '![IMG_2041.jpg](IMG_2041.jpg)', count: 1, flags: ['IMG_2041.jpg'] },
        { text: '![Picture - annual-plan-cover-small](cover.png)', count: 1 },
        { text: '![Image of a nurse giving a vaccine](nurse.jpg)', count: 1, flags: ['Image of'] },
        { text: '![Our 4 aims, as set out in the text above](aims.png)', count: 1 },
        { text: '<img src="clinic.png">', count: 1 },
        {
          text: '![The new surgery on Station Road](surgery.jpg)\n*The new surgery on Station Road*',
          count: 1,
        },
      ],
    },
  },
  check(doc, context) {
    const maxLength = Math.max(1, Number(context.options.maxLength) || 125);
    const decorativeMatchers = (context.options.decorativeSources ?? []).map(sourceMatcher);
    const isWord = doc.format === 'docx';

    for (const image of doc.images) {
      if (image.decorative) continue;
      const alt = image.alt;
      const where = image.position ? { span: image.position } : {};
      if (alt === null || alt === '') {
        if (decorativeMatchers.some((m) => m(image.src))) continue;
        context.report({
          ...where,
          message: isWord ? 'This image has no alt text.' : `This image has no alt text${image.src ? `: “${shortSrc(image.src)}”` : ''}.`,
          why: 'People using a screen reader will not know what the image shows.',
          suggestions: [
            isWord
              ? 'In Word, right-click the image, choose View Alt Text and describe what it shows. If it is only decoration, tick Mark as decorative.'
              : 'Describe what the image shows, and why it is there, in a short sentence.',
          ],
          data: { origin: image.origin },
        });
        continue;
      }
      const trimmed = alt.trim();
      if (!trimmed) {
        warn(image, 'The alt text of this image is only spaces.', 'A screen reader has nothing to say about the image.', [
          'Describe what the image shows, in a short sentence.',
        ]);
        continue;
      }
      const base = image.src.split(/[?#]/)[0]!.split('/').pop() ?? '';
      if (IMAGE_FILE.test(trimmed) || CAMERA_NAME.test(trimmed) || (base && trimmed === base) || disguisedFileName(trimmed, base)) {
        warn(image, `The alt text “${trimmed}” is a file name.`, 'A screen reader reads out the file name, which tells people nothing.', [
          'Describe what the image shows, in a short sentence.',
        ]);
        continue;
      }
      if (MEANINGLESS.has(normalWords(trimmed)) || MEANINGLESS.has(normalWords(trimmed).replace(PLAIN_MODIFIERS, ''))) {
        warn(image, `The alt text “${trimmed}” does not say what the image shows.`, 'A screen reader already says it is an image.', [
          'Describe what the image shows, in a short sentence.',
        ]);
        continue;
      }
      const prefix = STARTS_LIKE.exec(trimmed);
      if (prefix) {
        const rest = trimmed.slice(prefix[0].length);
        const better = rest.charAt(0).toUpperCase() + rest.slice(1);
        warn(
          image,
          `The alt text starts with “${prefix[0].trim()}”.`,
          'Screen readers already say “image”, so people hear it twice.',
          [better],
          prefixFix(image, alt, prefix[0], better),
        );
      }
      const suffix = prefix ? null : ENDS_LIKE.exec(trimmed);
      if (suffix && !SCAN_BEFORE.test(trimmed.slice(0, suffix.index))) {
        warn(
          image,
          `The alt text ends with “${suffix[1]}”.`,
          'Screen readers already say “image”, so people hear it twice.',
          [trimmed.slice(0, suffix.index)],
        );
      }
      const linkWords = LINK_WORDS.exec(trimmed);
      if (linkWords && trimmed.length > linkWords[0].length) {
        const rest = trimmed.slice(linkWords[0].length);
        warn(
          image,
          `The alt text starts with “${linkWords[0].trim()}”.`,
          'Screen readers already say when an image is a link. Say where the link goes, or what the image shows.',
          [rest.charAt(0).toUpperCase() + rest.slice(1)],
        );
      }
      const pointer = POINTS_TO_TEXT.exec(trimmed);
      if (pointer) {
        warn(
          image,
          `The alt text sends people to the text around the image (“${pointer[0]}”).`,
          'A screen reader user has just heard that text, or is about to, so they hear it twice or learn nothing new.',
          [
            isWord
              ? 'If the image only repeats the text, tick Mark as decorative. If it adds something, say what it shows.'
              : 'If the image only repeats the text, treat it as decoration (the decorativeSources option lists such images). If it adds something, say what it shows.',
          ],
        );
      }
      if (image.caption && normalWords(image.caption) === normalWords(trimmed)) {
        warn(image, 'The alt text repeats the caption word for word.', 'Screen reader users hear the same words twice.', [
          'Describe what the image shows, and leave the caption to add what it means.',
        ]);
      }
      if (trimmed.length > maxLength) {
        warn(
          image,
          `The alt text is ${trimmed.length} characters long, more than ${maxLength}.`,
          'Long alt text is hard to follow when it is read out, and some screen readers cut it short.',
          ['Keep the alt text to a short sentence, and put any detail in the text or a caption.'],
        );
      }
    }

    function warn(
      image: ImageInfo,
      message: string,
      why: string,
      suggestions: string[],
      fix?: { range: [number, number]; text: string },
    ): void {
      context.report({
        ...(image.position ? { span: image.position } : {}),
        message,
        why,
        suggestions,
        severity: 'warning',
        ...(fix ? { fix } : {}),
        data: { origin: image.origin },
      });
    }

    /** For markdown images only: remove “Image of” when the alt text sits just after “![”. */
    function prefixFix(image: ImageInfo, alt: string, prefix: string, better: string) {
      if (image.origin !== 'markdown' || !image.position) return undefined;
      const start = image.position.start.offset + 2;
      if (doc.text.slice(start - 2, start) !== '![' || !doc.text.startsWith(alt, start)) return undefined;
      const lead = alt.length - alt.trimStart().length;
      const from = start + lead;
      return { range: [from, from + prefix.length + 1] as [number, number], text: better.charAt(0) };
    }
  },
});

/**
 * A file name in disguise: the image's own file name without its extension, or a name with
 * underscores or 2 or more hyphens and no spaces, perhaps after “Picture -”. One hyphen is a
 * word (“follow-up”, “X-ray”).
 */
function disguisedFileName(alt: string, base: string): boolean {
  const name = alt.replace(LEAD_WORD, '').trim();
  const stem = base.replace(/\.[a-z0-9]+$/i, '');
  if (stem.length > 3 && name.toLowerCase() === stem.toLowerCase() && !/\s/.test(name)) return true;
  if (!SLUG.test(name)) return false;
  return name.includes('_') || (name.match(/-/g)?.length ?? 0) >= 2;
}

function shortSrc(src: string): string {
  if (src.startsWith('data:')) return 'an embedded image';
  return src.length > 60 ? '…' + src.slice(-57) : src;
}

/** A glob ("icons/*.svg", "**\/divider.png") or a plain part of the address ("icons/"). */
function sourceMatcher(pattern: string): (src: string) => boolean {
  const p = String(pattern);
  if (!/[*?]/.test(p)) return (src) => src.includes(p);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '*') {
      if (p[i + 1] === '*') {
        re += '.*';
        i++;
        if (p[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`(^|/)${re}$`);
  return (src) => regex.test(src.split(/[?#]/)[0]!);
}
