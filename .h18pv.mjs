import { readFileSync } from 'node:fs';
import { parseMarkdown } from '/work/wt/h18rules/dist/src/parse/markdown.js';
import { findPassives } from '/work/wt/h18rules/dist/rules/lib/passive.js';
import { sentencesOf } from '/work/wt/h18rules/dist/rules/lib/words.js';
import { globSync } from '/work/wt/h18rules/node_modules/tinyglobby/dist/index.mjs';
const files = globSync((process.argv[2] ?? '/work/shared/corpus/nhs-service-manual') + '/**/*.md');
const thresholds = [0.08, 0.1, 0.12, 0.15, 0.2];
const out = Object.fromEntries(thresholds.map((t) => [t, 0]));
for (const f of files) {
  const doc = parseMarkdown(readFileSync(f, 'utf8'), f);
  let n = 0, total = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'tableCell') continue;
    for (const s of sentencesOf(b)) { total++; if (findPassives(s).length) n++; }
  }
  for (const t of thresholds) if (n >= 2 && n / total > t) out[t] += n;
  if (process.argv[3]) console.log(f.split('/').slice(-2).join('/'), n, total, (n/total).toFixed(2));
}
console.log(out);
