/**
 * Text from a draft is never trusted when printed: control characters (ESC, BEL, …) and
 * bidirectional overrides are shown as visible escapes, so a draft cannot move the cursor,
 * change colours, hide text or ring the bell in a writer's terminal or a CI log.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Characters JSON.stringify leaves raw that must never reach a log or terminal raw. */
// eslint-disable-next-line no-control-regex
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text for a report: as JSON.stringify makes it, with DEL, C1 controls, bidi marks and
 * overrides and line and paragraph separators written as \u escapes. The data stays the same
 * (a JSON reader gets the same strings back); only the text on the screen or in a log is safe.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeControl(value: string): string {
  return value.replace(CONTROL, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** For one-line output: control characters escaped, line breaks and tabs as spaces. */
export function oneLine(value: string): string {
  return escapeControl(value.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '));
}

/** A short quote of the flagged words, for finding them in a document. */
export function snippet(value: string, max = 60): string {
  const flat = oneLine(value).replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}
