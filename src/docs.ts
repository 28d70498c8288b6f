/** Tables for the README, made from the rules themselves so the docs cannot drift. */
import type { Rule } from './types.js';

export function rulesTable(rules: Rule[]): string {
  const rows = rules.map((r) => {
    const m = r.meta;
    return `| \`${m.id}\` | ${m.severity} | ${m.fixable ? 'yes' : ''} | ${m.description.replace(/\|/g, '\\|')} | ${m.principle.replace(/\|/g, '\\|')} |`;
  });
  return [
    '| rule | default | can fix | what it checks | principle it serves |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`markers for ${name} not found`);
  return document.slice(0, from + start.length) + '\n' + content.trim() + '\n' + document.slice(to);
}
