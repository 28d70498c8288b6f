/**
 * Rule options are checked against each rule's `meta.schema` (ESLint's meta.schema, in zod). A
 * config with an unknown or wrongly typed option, `{ "maxx": 3 }` or `{ "max": "three" }`,
 * stops the run with one line naming the config file, the rule and the option.
 *
 * Only options set in config files are checked (the bundled presets are checked by a test), so
 * zod loads only when a config sets options.
 */
import type { OptionsSchema } from '../types.js';
import type { ActiveRule, Layer } from './resolve.js';
import { ConfigError, similar } from './resolve.js';

/** Where each option was set: "rule-id\0option" → the config file. */
export type OptionFiles = Record<string, string>;

export function optionKey(ruleId: string, option: string): string {
  return `${ruleId}\0${option}`;
}

/** Record that `file` set these rules' options. */
export function noteOptionFiles(layer: Layer, file: string): Layer {
  for (const [id, setting] of Object.entries(layer.rules)) {
    for (const option of Object.keys(setting.options ?? {})) (layer.optionFiles ??= {})[optionKey(id, option)] = file;
  }
  return layer;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
}

/** Check the options of the active rules; throws a ConfigError naming the file that set a wrong one. */
export async function checkOptions(rules: ActiveRule[], layer: Layer, fallbackFile: string): Promise<void> {
  const files = layer.optionFiles;
  if (!files) return;
  let z: Parameters<OptionsSchema>[0] | undefined;
  for (const active of rules) {
    const id = active.rule.meta.id;
    const set = Object.keys(layer.rules[id]?.options ?? {}).filter((option) => files[optionKey(id, option)]);
    if (!set.length || !active.rule.meta.schema) continue;
    z ??= (await import('./schema.js')).z as unknown as Parameters<OptionsSchema>[0];
    const schema = active.rule.meta.schema(z);
    const result = schema.safeParse(active.options);
    if (result.success) continue;
    const issue = result.error.issues[0] as unknown as Issue;
    const option = issue.code === 'unrecognized_keys' && !issue.path.length ? issue.keys![0]! : String(issue.path[0] ?? '');
    const file = files[optionKey(id, option)] ?? fallbackFile;
    throw new ConfigError(file, `"rules.${id}": ${describe(issue, active.options, schema)}`);
  }
}

function describe(issue: Issue, options: Record<string, unknown>, schema: unknown): string {
  const known = Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? {});
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys![0]!;
    const where = issue.path.length ? `"${issue.path.map(String).join('.')}" has no` : 'unknown option';
    if (issue.path.length) return `option ${where} "${key}"`;
    const close = known.find((k) => similar(k, key));
    const list = known.length ? `Its options are ${known.join(', ')}` : 'It has no options';
    return `unknown option "${key}"${close ? `: did you mean "${close}"?` : '.'} ${list}`;
  }
  const name = issue.path.map(String).join('.');
  const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), options);
  const shown = JSON.stringify(value) ?? String(value);
  if (issue.code === 'invalid_type') return `option "${name}" must be ${article(issue.expected ?? 'something else')}, not ${shown}`;
  if (issue.code === 'invalid_value' && issue.values) return `option "${name}" must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${shown}`;
  if (issue.code === 'too_small') return `option "${name}" must be ${issue.minimum} or more, not ${shown}`;
  if (issue.code === 'too_big') return `option "${name}" must be ${issue.maximum} or less, not ${shown}`;
  if (issue.code === 'invalid_key') return `option "${name}" has a key that is not allowed`;
  return `option "${name}" is not right: ${issue.message}`;
}

function article(expected: string): string {
  const words: Record<string, string> = { number: 'a number', int: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object', record: 'an object' };
  return words[expected] ?? expected;
}
