/**
 * How reporters name the place of a Word finding. With a true place (finding.word, see
 * src/docx/locate.ts): "¶12:34", "footnote 2 ¶1:5", "text box in ¶3, ¶1:5". Without one:
 * "¶12", plainlint's own paragraph number, as before.
 */
import type { Finding } from '../types.js';

/** Short form, for the terminal and GitHub: ¶paragraph:column. */
export function wordPlace(f: Finding): string {
  const w = f.word;
  if (!w) return `¶${f.paragraph ?? f.start.line}`;
  const here = `¶${w.paragraph}:${w.column}`;
  if (w.story === 'body') return here;
  if (w.story === 'textbox') return `text box in ¶${w.bodyParagraph}, ${here}`;
  return `${w.story} ${w.note} ${here}`;
}

/** Long form, in words, for the HTML report and review comments. */
export function wordPlaceInWords(f: Finding): string {
  const w = f.word;
  if (!w) return `Paragraph ${f.paragraph ?? f.start.line}`;
  const here = `paragraph ${w.paragraph}, character ${w.column}`;
  if (w.story === 'body') return `Paragraph ${w.paragraph}, character ${w.column}`;
  if (w.story === 'textbox') return `Text box in paragraph ${w.bodyParagraph}: ${here}`;
  return `${w.story === 'footnote' ? 'Footnote' : 'Endnote'} ${w.note}: ${here}`;
}
