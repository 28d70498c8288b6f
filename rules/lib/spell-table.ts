/**
 * The UK English dictionary as a ready-made word table, so the spell check starts at once.
 *
 * nspell builds its word list from dictionary-en-gb by applying the affix rules to every entry:
 * about 120,000 words, which took 250 ms or more each time plainlint started. The build
 * (`npm run build`, scripts/lib/spell-table.mjs) does that once and writes the result to
 * dist/spell/en-gb.bin. Start-up only reads that file: nothing is built, decoded or copied.
 *
 * The file: a line naming the format, a line of settings (JSON), then, from the next multiple of
 * 4 bytes, where each group of words starts (32-bit little-endian numbers), then the words, each
 * followed by a newline, grouped by a hash of the word. Looking a word up reads only its group
 * (2 words on average). The words are one byte a character (the build checks), so a word's
 * characters are its bytes.
 *
 * nspell's own code still decides what is a word and what to suggest: it is given this table in
 * place of the word list it would build (a read-only view with the same answers), so its answers
 * do not change. Only the flags that nspell's checks read (a word allowed only inside compounds,
 * never suggested, forbidden, kept in its case) are kept, for the few words that have them.
 */

/** The settings line: everything nspell needs besides the words. */
interface Settings {
  /** Where the words came from (for people reading the file). */
  source: string;
  /** The affix file's text: nspell reads its keyboard, replacements and flags from it. */
  aff: string;
  /** nspell's compound rules (regular expressions, case-insensitive), built from the words. */
  compoundRules: string[];
  /** Words with flags that nspell's checks read, and all their flags. */
  flagged: Record<string, string[]>;
  /** How many words there are. */
  words: number;
  /** How many groups of words there are: a power of 2. */
  groups: number;
}

/** The flags nspell's correct(), suggest() and spell() read from a word's entry. */
const CHECKED_FLAGS = ['ONLYINCOMPOUND', 'FORBIDDENWORD', 'KEEPCASE', 'NOSUGGEST', 'WARN'];

const FORMAT = 'plainlint-spell-table 1\n';

const NEWLINE = 10;

/** FNV-1a over the word's UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** What the build reads from an nspell checker made from the dictionary. */
export interface BuiltChecker {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
}

/** Text of one byte a character, as those bytes. */
function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The table's bytes, from an nspell checker built from the dictionary and the affix file it was built with. */
export function encodeSpellTable(checker: BuiltChecker, aff: string, source: string, groupBits = 16): Uint8Array {
  const words = Object.keys(checker.data);
  const bad = words.find((w) => !w || /[\n\u0100-\uffff]/.test(w));
  if (bad !== undefined) throw new Error(`spell table: the word ${JSON.stringify(bad)} cannot be stored one a line, one byte a character`);
  const codes = new Set(CHECKED_FLAGS.map((name) => checker.flags[name]).filter((code): code is string => typeof code === 'string'));
  const flagged: Record<string, string[]> = {};
  for (const word of [...words].sort()) {
    const flags = checker.data[word]!;
    if (flags.some((f) => codes.has(f))) flagged[word] = [...flags];
  }
  const groups = 2 ** groupBits;
  const byGroup: string[][] = Array.from({ length: groups }, () => []);
  for (const word of words) byGroup[hash(word) & (groups - 1)]!.push(word);
  const compoundRules = checker.compoundRules.map((rule) => {
    if (rule.flags !== 'i') throw new Error(`spell table: a compound rule with flags “${rule.flags}”`);
    return rule.source;
  });
  const settings: Settings = { source, aff, compoundRules, flagged, words: words.length, groups };
  // ASCII (\uXXXX for the rest), so the settings are one byte a character too.
  const head = FORMAT + JSON.stringify(settings).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
  const first = Math.ceil(head.length / 4) * 4 + (groups + 1) * 4;
  const lines = byGroup.map((group) => group.sort().map((w) => `${w}\n`).join(''));
  const bytes = new Uint8Array(first + lines.reduce((sum, text) => sum + text.length, 0));
  bytes.set(latin1Bytes(head));
  const starts = new DataView(bytes.buffer, Math.ceil(head.length / 4) * 4, (groups + 1) * 4);
  let at = 0;
  lines.forEach((text, i) => {
    starts.setUint32(i * 4, at, true);
    bytes.set(latin1Bytes(text), first + at);
    at += text.length;
  });
  starts.setUint32(groups * 4, at, true);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Little-endian 32-bit numbers from their bytes: a view of the same memory where it can be. */
function uint32s(bytes: Uint8Array): Uint32Array {
  const count = bytes.length >> 2;
  if (LITTLE_ENDIAN) {
    if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
    return new Uint32Array(bytes.slice().buffer, 0, count);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Uint32Array.from({ length: count }, (_, i) => view.getUint32(i * 4, true));
}

/** The dictionary's words, looked up in the table's bytes. */
export class SpellTable {
  readonly aff: string;
  readonly compoundRules: RegExp[];
  /** How many words the dictionary has. */
  readonly size: number;
  private readonly bytes: Uint8Array;
  /** Where each group starts, from the first word (and, last, where the words end). */
  private readonly starts: Uint32Array;
  /** Where the first word starts. */
  private readonly first: number;
  private readonly mask: number;
  private readonly flagged: Map<string, readonly string[]>;

  constructor(bytes: Uint8Array) {
    const formatEnd = FORMAT.length;
    const settingsEnd = bytes.indexOf(NEWLINE, formatEnd);
    if (String.fromCharCode(...bytes.subarray(0, formatEnd)) !== FORMAT || settingsEnd < 0) {
      throw new Error('spell table: not a plainlint spell table (or another version): run npm run build');
    }
    const settings = JSON.parse(new TextDecoder().decode(bytes.subarray(formatEnd, settingsEnd))) as Settings;
    const startsAt = Math.ceil((settingsEnd + 1) / 4) * 4;
    this.bytes = bytes;
    this.aff = settings.aff;
    this.size = settings.words;
    this.compoundRules = settings.compoundRules.map((source) => new RegExp(source, 'i'));
    this.flagged = new Map(Object.entries(settings.flagged).map(([w, f]) => [w, Object.freeze(f)]));
    this.starts = uint32s(bytes.subarray(startsAt, startsAt + (settings.groups + 1) * 4));
    this.first = startsAt + (settings.groups + 1) * 4;
    this.mask = settings.groups - 1;
    if (this.starts.length !== settings.groups + 1 || this.first + this.starts[settings.groups]! !== bytes.length) {
      throw new Error('spell table: the file is damaged (its length does not match): run npm run build');
    }
  }

  /** True when the dictionary has this exact word (capitals and all). */
  has(word: string): boolean {
    const n = word.length;
    // A newline would run on into the next word of the group.
    if (n === 0 || word.includes('\n')) return false;
    const { bytes } = this;
    const group = hash(word) & this.mask;
    let at = this.first + this.starts[group]!;
    const end = this.first + this.starts[group + 1]!;
    while (at < end) {
      let j = 0;
      while (j < n && bytes[at + j] === word.charCodeAt(j)) j++;
      if (j === n && bytes[at + n] === NEWLINE) return true;
      at = bytes.indexOf(NEWLINE, at + j) + 1;
    }
    return false;
  }

  /**
   * The word list as nspell keeps it (word → its flags), read-only: what nspell's correct() and
   * suggest() look up. Words without checked flags answer an empty list, as true as nspell's own.
   */
  entries(): Record<string, readonly string[]> {
    const none: readonly string[] = Object.freeze([]);
    return new Proxy(Object.create(null) as Record<string, readonly string[]>, {
      get: (_target, key) => (typeof key === 'string' && this.has(key) ? (this.flagged.get(key) ?? none) : undefined),
      has: (_target, key) => typeof key === 'string' && this.has(key),
      set: () => false,
      deleteProperty: () => false,
      defineProperty: () => false,
    });
  }
}
