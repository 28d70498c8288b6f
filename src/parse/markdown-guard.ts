/**
 * A quick, linear look at markdown before it is parsed, to refuse the shapes that make the
 * markdown parser (micromark) slow or crash: thousands of nested quotes or lists, huge
 * indentation, and long runs of `*` or `_`. micromark's time grows much faster than the text
 * for these, and a file from a stranger's pull request must not hang a CI job.
 *
 * The limits are far beyond anything a real draft has (real drafts nest 3 or 4 levels).
 */

export interface MarkdownShapeLimits {
  /** Most quote or list markers at the start of one line. */
  maxDepth: number;
  /** Most columns of indentation before a line's text. */
  maxIndent: number;
  /** Most "deep" nesting in the whole file: the sum over lines of their depth above 8. */
  maxDeepLines: number;
  /** Longest run of `*`, `_` or `~` inside text. */
  maxDelimiterRun: number;
  /** Most `*` or `_` runs that open emphasis and are still open, in one paragraph. */
  maxOpenEmphasis: number;
}

export const DEFAULT_SHAPE_LIMITS: MarkdownShapeLimits = {
  maxDepth: 100,
  maxIndent: 400,
  maxDeepLines: 100_000,
  maxDelimiterRun: 500,
  maxOpenEmphasis: 200,
};

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Return a plain description of the problem, or undefined when the text is fine to parse. */
export function checkMarkdownShape(text: string, limits: MarkdownShapeLimits = DEFAULT_SHAPE_LIMITS): string | undefined {
  const length = text.length;
  let line = 1;
  let i = 0;
  let deep = 0;
  let openEmphasis = 0;
  while (i < length) {
    // Line prefix: indentation, quote markers and list markers.
    let depth = 0;
    let indent = 0;
    let column = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        indent++;
        column++;
        i++;
      } else if (c === TAB) {
        const width = 4 - (column % 4);
        indent += width;
        column += width;
        i++;
      } else if (c === 0x3e /* > */) {
        depth++;
        column++;
        i++;
      } else if ((c === 0x2d || c === 0x2b || c === 0x2a) /* - + * */ && isBlank(text.charCodeAt(i + 1))) {
        depth++;
        column++;
        i++;
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < length && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const after = text.charCodeAt(j);
        if ((after === 0x2e || after === 0x29) /* . ) */ && isBlank(text.charCodeAt(j + 1))) {
          depth++;
          column += j + 1 - i;
          i = j + 1;
        } else break;
      } else break;
      if (depth > limits.maxDepth) {
        return `is nested too deeply to check: line ${line} has more than ${limits.maxDepth} levels of quotes or lists`;
      }
      if (indent > limits.maxIndent) {
        return `is nested too deeply to check: line ${line} is indented by more than ${limits.maxIndent} spaces`;
      }
    }
    deep += Math.max(0, depth + Math.floor(indent / 2) - 8);
    if (deep > limits.maxDeepLines) {
      return `is nested too deeply to check: too many lines (up to line ${line}) are inside deep quotes or lists`;
    }

    // The rest of the line: runs of emphasis characters.
    let blank = true;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      if (c !== SPACE && c !== TAB) blank = false;
      if (c === 0x2a || c === 0x5f || c === 0x7e /* * _ ~ */) {
        let j = i + 1;
        while (j < length && text.charCodeAt(j) === c) j++;
        const run = j - i;
        if (run > limits.maxDelimiterRun) {
          return `has a run of more than ${limits.maxDelimiterRun} “${String.fromCharCode(c)}” characters on line ${line}, which is too slow to check. Remove them and try again`;
        }
        if (c !== 0x7e) {
          const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
          const next = j < length ? text.charCodeAt(j) : SPACE;
          const opens = !isWhite(next) && (isWhite(before) || !isWordChar(before) || isWordChar(next));
          const closes = !isWhite(before);
          if (closes && openEmphasis > 0) openEmphasis--;
          else if (opens) openEmphasis++;
          if (openEmphasis > limits.maxOpenEmphasis) {
            return `is nested too deeply to check: the paragraph at line ${line} opens more than ${limits.maxOpenEmphasis} bold or italic parts inside each other`;
          }
        }
        i = j;
        continue;
      }
      i++;
    }
    if (blank) openEmphasis = 0; // a blank line ends the paragraph
    // Line ending.
    if (i < length) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
    }
  }
  return undefined;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || Number.isNaN(c);
}

function isWhite(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}
