/**
 * "Add <word> to the project's acronyms" and "… to the project's words": the edit to the
 * project's config file, as the new text of the whole file. YAML keeps its comments (the yaml
 * package edits the document, not a copy); JSON keeps its indent; package.json keeps every other
 * key. JavaScript configs are code, so plainlint does not offer to edit them.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/** What to add: an acronym to settings.acronyms, or a word to the spelling rule's own words. */
export type Addition = { kind: 'acronym'; word: string } | { kind: 'spelling'; word: string };

export function canEdit(configFile: string): boolean {
  return !/\.(c|m)?js$/i.test(configFile);
}

type Plain = Record<string, unknown>;

const isObject = (v: unknown): v is Plain => !!v && typeof v === 'object' && !Array.isArray(v);

/** Add the word to a plain config object (in place). False when it is there already. */
function addTo(config: Plain, addition: Addition): boolean {
  if (addition.kind === 'acronym') {
    const settings = isObject(config.settings) ? config.settings : (config.settings = {});
    const list = Array.isArray(settings.acronyms) ? (settings.acronyms as unknown[]) : (settings.acronyms = []);
    if (list.includes(addition.word)) return false;
    list.push(addition.word);
    return true;
  }
  const rules = isObject(config.rules) ? config.rules : (config.rules = {});
  let setting = rules.spelling;
  let options: Plain;
  if (typeof setting === 'string') {
    options = {};
    rules.spelling = [setting, options];
  } else if (Array.isArray(setting)) {
    if (!isObject(setting[1])) setting[1] = {};
    options = setting[1] as Plain;
  } else if (isObject(setting)) {
    options = setting;
  } else {
    options = {};
    rules.spelling = options;
  }
  const words = Array.isArray(options.words) ? (options.words as unknown[]) : (options.words = []);
  if (words.includes(addition.word)) return false;
  words.push(addition.word);
  void setting;
  return true;
}

/** The new text of a config file with the word added, or undefined when there is nothing to add. */
export async function configWithAddition(configFile: string, text: string, addition: Addition): Promise<string | undefined> {
  const ext = extname(configFile).toLowerCase();
  const isJson = ext === '.json' || (ext === '' && /^\s*[{[]/.test(text));
  if (isJson) {
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const whole = JSON.parse(text.replace(/^\uFEFF/, '')) as Plain;
    const target = basename(configFile) === 'package.json' ? (isObject(whole.plainlint) ? whole.plainlint : (whole.plainlint = {})) : whole;
    if (!addTo(target as Plain, addition)) return undefined;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return JSON.stringify(whole, null, indent).replace(/\n/g, eol) + (/\r?\n$/.test(text) ? eol : '');
  }
  // YAML: edit the document so its comments and layout stay.
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const yaml = (mod.default ?? mod) as typeof import('yaml');
  const doc = yaml.parseDocument(text);
  const plain = (doc.toJS() ?? {}) as Plain;
  if (!addTo(plain, addition)) return undefined;
  if (addition.kind === 'acronym') {
    const list = doc.getIn(['settings', 'acronyms']);
    if (yaml.isSeq(list)) list.add(addition.word);
    else doc.setIn(['settings', 'acronyms'], (plain.settings as Plain).acronyms);
  } else {
    doc.setIn(['rules', 'spelling'], (plain.rules as Plain).spelling);
  }
  return doc.toString();
}

/** The text of a new config file holding just the word (no `extends`: the defaults stay). */
export function newConfig(addition: Addition): string {
  const body =
    addition.kind === 'acronym'
      ? `settings:\n  # Acronyms your readers know, which need no explanation.\n  acronyms:\n    - ${JSON.stringify(addition.word)}\n`
      : `rules:\n  spelling:\n    # Words the spelling check should accept.\n    words:\n      - ${JSON.stringify(addition.word)}\n`;
  return `# plainlint settings. See https://www.npmjs.com/package/plainlint for what you can set here.\n${body}`;
}

export async function readConfigText(configFile: string): Promise<string | undefined> {
  try {
    return await readFile(configFile, 'utf8');
  } catch {
    return undefined;
  }
}
