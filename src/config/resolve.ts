/**
 * The pure part of config: merge settings over the bundled presets and turn them into the
 * list of rules to run. No files, no custom plugins, no Node modules, so the browser checker
 * uses it as it is. Reading config files and loading plugins stay in load.ts.
 */
import type { Rule, Settings, Severity } from '../types.js';
import { builtinRules } from '../../rules/index.js';
import { presets } from '../../rules/presets/index.js';
import type { ConfigFile, RuleSetting } from './schema.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** Families of the rule's checks set apart in the config ("house-style/times": "off"). */
  families?: Record<string, Severity | 'off'>;
  /** True when the config changed the rule's severity (then per-finding severities give way). */
  severityChanged: boolean;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** The config file used, if any. */
  filepath?: string;
  rules: ActiveRule[];
  /** The rules the config's plugins add, whether they run or are turned off. */
  pluginRules?: Rule[];
  settings: Settings;
  ignore: string[];
  /** A hash of everything that changes results (for caches). */
  hash: string;
}

export interface Layer {
  rules: Record<string, { severity?: Severity | 'off'; options?: Record<string, unknown> }>;
  settings: Settings;
  plugins: string[];
  /** Word lists (rules/lib/list-rule.ts), as absolute paths. */
  lists: string[];
  ignore: string[];
  /** Which config file set each rule option (options.ts), for error messages. */
  optionFiles?: Record<string, string>;
}

export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}

/** A rule's setting ("warning", ["warning", { max: 25 }] or { max: 25 }) as its severity and options. */
export function splitRuleSetting(setting: RuleSetting): { severity?: Severity | 'off'; options?: Record<string, unknown> } {
  if (typeof setting === 'string') return { severity: setting };
  if (Array.isArray(setting)) {
    return setting[1] ? { severity: setting[0], options: setting[1] } : { severity: setting[0] };
  }
  return { options: setting };
}

export function emptyLayer(): Layer {
  return { rules: {}, settings: {}, plugins: [], lists: [], ignore: [] };
}

export function merge(into: Layer, from: Layer): Layer {
  for (const [id, setting] of Object.entries(from.rules)) {
    const before = into.rules[id] ?? {};
    const severity = setting.severity ?? before.severity;
    const options = before.options || setting.options ? { ...before.options, ...setting.options } : undefined;
    into.rules[id] = { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
  }
  const acronyms = [...(into.settings.acronyms ?? []), ...(from.settings.acronyms ?? [])];
  const terms = { ...into.settings.terms, ...from.settings.terms };
  into.settings = { ...into.settings, ...from.settings };
  if (acronyms.length) into.settings.acronyms = acronyms;
  if (Object.keys(terms).length) into.settings.terms = terms;
  if (from.optionFiles) into.optionFiles = { ...into.optionFiles, ...from.optionFiles };
  into.plugins.push(...from.plugins);
  for (const list of from.lists) if (!into.lists.includes(list)) into.lists.push(list);
  into.ignore.push(...from.ignore);
  return into;
}

/** What a config extends: the preset override, its own `extends`, or "recommended" at the top. */
export function parentsOf(config: ConfigFile, depth: number, presetOverride?: string): string[] {
  if (presetOverride) return [presetOverride];
  if (config.extends === undefined) return depth === 0 ? ['recommended'] : [];
  return Array.isArray(config.extends) ? config.extends : [config.extends];
}

/** A config's own settings as a layer. Plugin names pass through `resolvePlugin`, list paths through `resolvePath`. */
export function ownLayer(
  config: ConfigFile,
  resolvePlugin: (spec: string) => string = (spec) => spec,
  resolvePath: (path: string) => string = (path) => path,
): Layer {
  return {
    rules: Object.fromEntries(Object.entries(config.rules ?? {}).map(([id, s]) => [id, splitRuleSetting(s)])),
    settings: (config.settings ?? {}) as Settings,
    plugins: (config.plugins ?? []).map(resolvePlugin),
    lists: (config.lists ?? []).map(resolvePath),
    ignore: config.ignore ?? [],
  };
}

function circle(file: string, seen: string[], name: string): ConfigError {
  return new ConfigError(file, `"extends" goes round in a circle: ${[...seen, name].join(' → ')}`);
}

/**
 * A bundled preset, merged over the presets it extends. Undefined when `name` is not a
 * bundled preset. Bundled presets are trusted (a test checks them against the schema).
 */
export function presetLayer(name: string, file: string, seen: string[]): Layer | undefined {
  const bare = name.replace(/^plainlint:/, '');
  const preset = presets[bare];
  if (!preset) return undefined;
  if (seen.includes(name)) throw circle(file, seen, name);
  return layerWithPresets(preset as ConfigFile, `preset ${bare}`, [...seen, name]);
}

/** A config merged over the bundled presets it extends (its `extends` may name only those). */
export function layerWithPresets(config: ConfigFile, file: string, seen: string[] = [], presetOverride?: string): Layer {
  const layer = emptyLayer();
  for (const parent of parentsOf(config, seen.length, presetOverride)) {
    if (seen.includes(parent)) throw circle(file, seen, parent);
    const sub = presetLayer(parent, file, seen);
    if (!sub) throw new ConfigError(file, `"extends": "${parent}" is not a preset (nhs, govuk, recommended)`);
    merge(layer, sub);
  }
  return merge(layer, ownLayer(config));
}

/** The rules to run, from the built-in rules plus any custom ones, with the layer's settings. */
export function activeRules(layer: Layer, custom: Rule[], file: string): ActiveRule[] {
  const all = new Map<string, Rule>();
  for (const rule of builtinRules) all.set(rule.meta.id, rule);
  for (const rule of custom) all.set(rule.meta.id, rule);

  // "house-style/times": a family of one rule's checks.
  const families = new Map<string, Record<string, Severity | 'off'>>();
  const known = [...all.values()].flatMap((r) => [r.meta.id, ...(r.meta.families ?? []).map((f) => `${r.meta.id}/${f}`)]);
  for (const [id, setting] of Object.entries(layer.rules)) {
    if (all.has(id)) continue;
    const slash = id.indexOf('/');
    const parent = slash > 0 ? all.get(id.slice(0, slash)) : undefined;
    const family = id.slice(slash + 1);
    if (parent?.meta.families?.includes(family)) {
      if (setting.options) throw new ConfigError(file, `"rules.${id}" takes only a severity ("off", "error", "warning" or "suggestion"): give options to "${parent.meta.id}"`);
      if (setting.severity) families.set(parent.meta.id, { ...families.get(parent.meta.id), [family]: setting.severity });
      continue;
    }
    const close = known.find((k) => similar(k, id));
    throw new ConfigError(file, `unknown rule "rules.${id}"${close ? `: did you mean "${close}"?` : ''}. Run "plainlint rules" to list them`);
  }

  const rules: ActiveRule[] = [];
  for (const rule of all.values()) {
    const setting = layer.rules[rule.meta.id];
    let severity = setting?.severity ?? rule.meta.severity;
    let own = families.get(rule.meta.id);
    if (severity === 'off') {
      // The rule is off, but some families are on: run it for those alone.
      const on = Object.entries(own ?? {}).filter(([, s]) => s !== 'off');
      if (!on.length) continue;
      own = Object.fromEntries((rule.meta.families ?? []).map((f) => [f, own?.[f] ?? 'off']));
      severity = rule.meta.severity;
    }
    rules.push({
      rule,
      severity,
      severityChanged: severity !== rule.meta.severity,
      ...(own ? { families: own } : {}),
      options: { ...(rule.meta.defaultOptions ?? {}), ...(setting?.options ?? {}) },
    });
  }
  return rules;
}

/**
 * A config from the bundled presets alone, for the browser: a preset name (default
 * "recommended") and optional rule settings on top. No files, no plugins.
 */
export function resolveFromPresets(preset?: string, own: Pick<ConfigFile, 'rules' | 'settings'> = {}): ResolvedConfig {
  const file = preset ? `preset ${preset}` : '(defaults)';
  const layer = layerWithPresets(own as ConfigFile, file, [], preset);
  return {
    rules: activeRules(layer, [], file),
    settings: layer.settings,
    ignore: layer.ignore,
    hash: '',
  };
}

export function similar(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  // Levenshtein distance of at most 2.
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]! <= 2;
}
