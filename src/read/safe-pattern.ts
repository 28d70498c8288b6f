/**
 * Compile a pattern a user typed into a config (a house-style term, say) so that it can never
 * hang plainlint.
 *
 * - By default a pattern is a literal phrase: "e-mail" finds the words "e-mail", matched as
 *   whole words and ignoring case. Nothing in it is special.
 * - `/regex/flags` is a regular expression, accepted only when it passes a guard: at most
 *   200 characters, no back-references, no quantified group that itself holds a quantifier
 *   or alternatives that can overlap (`(a+)+`, `(a|a)*`: the shapes that backtrack
 *   catastrophically), at most 2 open-ended repeats. It then runs on at most `maxInput`
 *   characters at a time, and stops for good once it has used up `budgetMs` in total.
 *
 * JavaScript regular expressions cannot be interrupted, so the guard is what keeps each call
 * short; the time budget stops a pattern that is merely slow from adding up over many blocks.
 */

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

export interface PatternOptions {
  /** Match case exactly (literal patterns; a regex uses its own `i` flag). Default false. */
  caseSensitive?: boolean;
  /** Literal patterns match whole words only. Default true. */
  wholeWord?: boolean;
  /** Longest regex source accepted. Default 200. */
  maxLength?: number;
  /** Longest text a regex is run on in one go; longer text is searched in pieces. Default 1,000. */
  maxInput?: number;
  /** Total time a regex may spend matching before it is stopped, in ms. Default 1,000. */
  budgetMs?: number;
}

export interface PatternMatch {
  index: number;
  length: number;
  text: string;
}

export interface SafePattern {
  /** What the user wrote. */
  readonly source: string;
  readonly isRegex: boolean;
  /** The compiled expression (global). */
  readonly regex: RegExp;
  /** Every match in the text (empty once the pattern has been stopped). */
  find(text: string): PatternMatch[];
  test(text: string): boolean;
  /** Set when the pattern used up its time budget and was stopped; a plain explanation. */
  readonly stopped: string | undefined;
}

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;
const ALLOWED_FLAGS = /^[imsu]*$/;

/** Is this a `/regex/flags` pattern (as opposed to a literal phrase)? */
export function isRegexPattern(input: string): boolean {
  return REGEX_FORM.test(input);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile a user pattern safely, or throw a PatternError with a plain message. */
export function compilePattern(input: string, options: PatternOptions = {}): SafePattern {
  const maxLength = options.maxLength ?? 200;
  const form = REGEX_FORM.exec(input);
  if (!form) {
    const phrase = input.trim();
    if (!phrase) throw new PatternError(input, 'is empty, so it would match nothing');
    if (phrase.length > 1000) throw new PatternError(input, 'is longer than 1,000 characters');
    const body = escapeRegex(phrase).replace(/\s+/g, '\\s+');
    const whole = options.wholeWord ?? true;
    const source = whole ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
    const regex = new RegExp(source, `gu${options.caseSensitive ? '' : 'i'}`);
    return makePattern(input, false, regex, Infinity, Infinity);
  }
  const [, body, flags] = form as unknown as [string, string, string];
  if (!ALLOWED_FLAGS.test(flags)) {
    throw new PatternError(input, `uses the flag(s) “${flags}”: only i, m, s and u are allowed`);
  }
  const problem = regexProblem(body, maxLength);
  if (problem) throw new PatternError(input, problem);
  let regex: RegExp;
  try {
    regex = new RegExp(body, `g${[...new Set(flags)].join('')}`);
  } catch (error) {
    throw new PatternError(input, `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
  }
  if (regex.test('')) throw new PatternError(input, 'matches empty text, so it would match everywhere');
  return makePattern(input, true, regex, options.maxInput ?? 1000, options.budgetMs ?? 1000);
}

/**
 * Why a regex source is unsafe to run on untrusted text, or undefined when it passes.
 * A small scanner, not a full parser: it tracks groups, character classes and escapes well
 * enough to see quantifiers and alternatives, and refuses what it is unsure of.
 */
export function regexProblem(body: string, maxLength = 200): string | undefined {
  if (body.length > maxLength) return `is longer than ${maxLength} characters`;
  interface Group {
    quantified: boolean; // holds a quantifier somewhere inside
    alternatives: string[][]; // the plain text of each alternative, or null entries when not plain
    plain: boolean; // all alternatives are plain literal text
  }
  const stack: Group[] = [{ quantified: false, alternatives: [[]], plain: true }];
  let unbounded = 0;
  let lastWasGroup: Group | undefined;
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  const atom = (text: string | null) => {
    const g = top();
    if (text === null) g.plain = false;
    else g.alternatives[g.alternatives.length - 1]!.push(text);
  };
  while (i < body.length) {
    const c = body[i]!;
    let closedGroup: Group | undefined;
    if (c === '\\') {
      const next = body[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'uses a back-reference (\\1 or \\k), which can be very slow';
      atom(/[a-zA-Z]/.test(next) ? null : next);
      i += 2;
    } else if (c === '[') {
      // Character class: skip to its end.
      let j = i + 1;
      if (body[j] === '^') j++;
      if (body[j] === ']') j++;
      while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      if (j >= body.length) return 'has a “[” without a matching “]”';
      atom(null);
      i = j + 1;
    } else if (c === '(') {
      let j = i + 1;
      if (body[j] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        if (body[j + 1] === '<' && body[j + 2] !== '=' && body[j + 2] !== '!') {
          const end = body.indexOf('>', j);
          if (end < 0) return 'has a group name without a closing “>”';
          j = end + 1;
        } else j += body[j + 1] === '<' ? 3 : 2;
      }
      stack.push({ quantified: false, alternatives: [[]], plain: true });
      i = j;
    } else if (c === ')') {
      if (stack.length < 2) return 'has a “)” without a matching “(”';
      closedGroup = stack.pop()!;
      const parent = top();
      if (closedGroup.quantified) parent.quantified = true;
      parent.plain = false;
      i++;
    } else if (c === '|') {
      top().alternatives.push([]);
      i++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      let unboundedHere = c === '*' || c === '+';
      let repeats = c !== '?';
      let variable = true; // can match different numbers of times (a fixed {3} cannot)
      let j = i + 1;
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(body.slice(i));
        if (!m) {
          atom('{');
          i++;
          lastWasGroup = undefined;
          continue;
        }
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        if (max > 1000 && max !== Infinity) return 'repeats something more than 1,000 times';
        unboundedHere = max > 20;
        repeats = max > 1;
        variable = max !== Number(m[1]);
        j = i + m[0].length;
      }
      if (body[j] === '?' || body[j] === '+') j++; // lazy or possessive-looking suffix
      if (unboundedHere) unbounded++;
      if (unbounded > 2) return 'has more than 2 open-ended repeats (like * + or {1,50}), which can be very slow';
      const group = lastWasGroup;
      if (group && repeats) {
        if (group.quantified) return 'repeats a group that itself repeats, like (a+)+, which can take forever on some text';
        if (group.alternatives.length > 1 && !distinctAlternatives(group)) {
          return 'repeats a group whose alternatives can match the same text, like (a|a)*, which can take forever on some text';
        }
      }
      top().quantified = top().quantified || variable;
      top().plain = false;
      i = j;
      lastWasGroup = undefined;
      continue;
    } else {
      atom(c === '.' || c === '^' || c === '$' ? null : c);
      i++;
    }
    lastWasGroup = closedGroup;
  }
  if (stack.length > 1) return 'has a “(” without a matching “)”';
  return undefined;
}

/** Plain-text alternatives that cannot start the same way, like (Mr|Dr|Prof). */
function distinctAlternatives(group: { alternatives: string[][]; plain: boolean }): boolean {
  if (!group.plain) return false;
  const firsts = new Set<string>();
  for (const alt of group.alternatives) {
    const first = alt[0]?.toLowerCase();
    if (first === undefined || firsts.has(first)) return false;
    firsts.add(first);
  }
  return true;
}

function makePattern(source: string, isRegex: boolean, regex: RegExp, maxInput: number, budgetMs: number): SafePattern {
  let spent = 0;
  let stopped: string | undefined;
  const run = (text: string, offset: number, out: PatternMatch[]) => {
    regex.lastIndex = 0;
    const started = performance.now();
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({ index: offset + m.index, length: m[0].length, text: m[0] });
    }
    spent += performance.now() - started;
    if (spent > budgetMs) {
      stopped = `took more than ${budgetMs} ms in total, so it was stopped. Make it simpler`;
    }
  };
  const find = (text: string): PatternMatch[] => {
    const out: PatternMatch[] = [];
    if (stopped) return out;
    if (text.length <= maxInput) {
      run(text, 0, out);
      return out;
    }
    // Long text: search it in pieces that end at a space, so each run stays short.
    let start = 0;
    while (start < text.length && !stopped) {
      let end = Math.min(text.length, start + maxInput);
      if (end < text.length) {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
      run(text.slice(start, end), start, out);
      start = end;
    }
    return out;
  };
  return {
    source,
    isRegex,
    regex,
    find,
    test: (text) => find(text).length > 0,
    get stopped() {
      return stopped;
    },
  };
}
