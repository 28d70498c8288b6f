/**
 * Text from a draft is never trusted when printed: control characters (ESC, BEL, …) and
 * bidirectional overrides are shown as visible escapes, so a draft cannot move the cursor,
 * change colours, hide text or ring the bell in a writer's terminal or a CI log.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

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
