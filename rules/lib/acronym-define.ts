/**
 * Acronyms explained in the same sentence without brackets, which writers often do:
 * “the Federation of Small Businesses, known as the FSB”, “… (or FSB)”, “ABC, a score that …”,
 * “PALS, which is the patient advice service”. Kept apart from acronym-scan.ts, which finds them.
 */

/** “known as (the) ACR”, “called (the) ACR”, “referred to as ACR”, “or ACR”, “also ACR”. */
const NAMED_AS = /(?:\b(?:known|also known|referred to|written|shortened)\s+as|\b(?:called|calls? it|named|or simply|or just|or)|\bcall(?:ed)? (?:it|them))\s+(?:the\s+|an?\s+)?$/i;
/** “ACR, a …”, “ACR – an …”, “ACR, which is …”, “ACR, meaning …”, “ACR means …”. */
const THEN_EXPLAINS = /^(?:\s*[,–—]\s*|\s+-\s+)(?:a|an|which (?:is|are|means)|meaning|that is|the)\s+\p{Ll}|^\s+(?:means|is an? \p{Ll}+ (?:that|which|for|of|used))/u;

export interface SameSentence {
  expansion: string;
  strict: boolean;
}

/**
 * Is the acronym at s[start, end) explained in its own sentence, which starts at `from`?
 * `match(words)` says whether the words' initials spell it.
 */
export function explainedInSentence(
  s: string,
  from: number,
  start: number,
  end: number,
  match: (words: string) => boolean,
): SameSentence | undefined {
  const before = s.slice(from, start);
  const named = NAMED_AS.exec(before);
  if (named) {
    // The words just before “known as”: their initials must spell the acronym.
    const lead = before.slice(0, named.index).replace(/[\s,(–—-]+$/, '');
    const words = lead.split(/\s+/).filter(Boolean);
    for (let j = words.length - 1; j >= Math.max(0, words.length - 12); j--) {
      const candidate = words.slice(j).join(' ').replace(/^[“"‘'(]+|[”"’',]+$/g, '');
      if (match(candidate)) return { expansion: candidate, strict: true };
    }
    return undefined;
  }
  const after = s.slice(end, end + 80);
  if (THEN_EXPLAINS.test(after)) {
    const text = after.replace(/^[\s,–—-]+/, '');
    const stop = text.search(/[.;:\n)\uFFFC]/);
    const expansion = (stop < 0 ? text : text.slice(0, stop)).trim();
    if (expansion.split(/\s+/).length >= 2) return { expansion, strict: match(expansion) };
  }
  return undefined;
}
