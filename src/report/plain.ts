/**
 * Text for people: one full stop at the end of a sentence, never two ("decorative..", "?."),
 * and no markdown syntax shown to someone reading a Word document (**, `, [words](address)).
 */

/** Ends `text` with a full stop unless it already ends with . ! ? … or a closing quote after one. */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  if (!t) return t;
  return /[.!?…:][”’"')\]]*$/.test(t) ? t : `${t}.`;
}

/** Joins sentences, each ended once. */
export function sentences(...parts: Array<string | undefined | false>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(endSentence)
    .join(' ');
}

/** Markdown syntax as a Word reader would see the words: links as their words, no emphasis marks or code quotes. */
export function withoutMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, alt: string) => (alt ? `image “${alt}”` : 'image'))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}
