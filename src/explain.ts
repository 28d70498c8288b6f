/** `plainlint rules` and `plainlint explain <rule>`: the rules, in words for writers. */
import { resolve } from 'node:path';
import { ConfigLoader } from './config/load.js';
import { displayPath } from './read/files.js';
import { oneLine } from './report/escape.js';
import { builtinRules } from '../rules/index.js';
import type { Io } from './cli.js';

export async function listRules(flags: { preset?: string }, io: Io): Promise<number> {
  const loader = new ConfigLoader(flags.preset ? { preset: flags.preset } : {});
  const config = await loader.forFile(resolve(io.cwd, 'draft.md'));
  const active = new Map(config.rules.map((r) => [r.rule.meta.id, r]));
  const all = new Map(builtinRules.map((r) => [r.meta.id, r]));
  for (const r of config.rules) all.set(r.rule.meta.id, r.rule);
  const rows = [...all.values()].map((rule) => {
    const a = active.get(rule.meta.id);
    return [oneLine(String(rule.meta.id)), a ? a.severity : 'off', rule.meta.fixable ? 'fix' : '', oneLine(String(rule.meta.description ?? ''))];
  });
  const w0 = Math.max(4, ...rows.map((r) => r[0]!.length));
  const w1 = 10;
  const lines = [`${'rule'.padEnd(w0)}  ${'severity'.padEnd(w1)}  fix  what it checks`];
  for (const [id, sev, fix, desc] of rows) lines.push(`${id!.padEnd(w0)}  ${sev!.padEnd(w1)}  ${fix!.padEnd(3)}  ${desc}`);
  const where = config.filepath ? `settings from ${displayPath(config.filepath, io.cwd)}` : `settings from the ${config.settings.preset ?? 'nhs'} preset`;
  lines.push('', `${all.size} rules; ${where}. Run "plainlint explain <rule>" to learn more about one.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

export function explainRule(id: string, io: Io): number {
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (!rule) {
    io.stderr(`plainlint: there is no rule called "${oneLine(id)}". Run "plainlint rules" to list them.\n`);
    return 2;
  }
  const m = rule.meta;
  const lines = [
    `${m.id} (${m.severity}${m.fixable ? ', can fix' : ''})`,
    '',
    m.description,
    '',
    m.docs,
    '',
    `Principle: ${m.principle}`,
  ];
  if (m.defaultOptions && Object.keys(m.defaultOptions).length) {
    lines.push('', `Options (defaults): ${JSON.stringify(m.defaultOptions)}`);
  }
  if (m.examples.bad.length) {
    lines.push('', 'It finds:');
    for (const e of m.examples.bad) lines.push(`  ✖ ${e.text}${e.options ? `   (options: ${JSON.stringify(e.options)})` : ''}`);
  }
  if (m.examples.good.length) {
    lines.push('', 'It accepts:');
    for (const e of m.examples.good) lines.push(`  ✔ ${e.text}${e.options ? `   (options: ${JSON.stringify(e.options)})` : ''}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
