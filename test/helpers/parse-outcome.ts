import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

/**
 * Under the tests, micromark and mdast run their development builds, which check themselves as
 * they go. remark-gfm fails one such check on some texts, like an empty list item followed by
 * "[ ] x" on the next line. The normal builds, which the command uses, parse these texts.
 */
const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** The tree as JSON, or the error: for comparing two parsers on a text, failures and all. */
export function outcome(parse: () => unknown): string {
  try {
    return JSON.stringify(parse());
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

/** True when this error is a development check that remark-gfm alone also fails on this text. */
export function gfmFailsOwnCheck(error: unknown, text: string): boolean {
  if ((error as { code?: string } | undefined)?.code !== 'ERR_ASSERTION') return false;
  try {
    gfm.parse(text);
    return false;
  } catch (own) {
    return (own as { code?: string }).code === 'ERR_ASSERTION';
  }
}
