/**
 * Issue 21, property: one bad file among good ones never changes the good ones' findings. Each
 * run makes a few good drafts and one bad input of a random kind (binary, damaged or hostile Word
 * packages, a folder or dangling link named like a draft, UTF-16 with NUL, a link out of the
 * folder), checks the good ones alone and then with the bad one, and compares.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { tmpDir } from './helpers/tmp.js';
import { rawZip, wordPackage, CONTENT_TYPES, ROOT_RELS, documentXml } from './helpers/raw-zip.js';

const SENTENCES = [
  'We will utilise the new approach going forward.',
  'Book your flu vaccine today.',
  'The ICB will facilitate a multi-agency MDT to leverage synergies across the system and deliver outcomes for all of the residents who live in the area.',
  'Please contact the team if you have any questions.',
  'It is recommended that patients are advised by their GP.',
  'Click here to find out more.',
];

const good = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }).map((s) => `# Heading\n\n${s.join(' ')}\n`);

type Bad = { name: string; make: (dir: string, name: string) => void };
const BAD: Bad[] = [
  { name: 'binary.md', make: (d, n) => writeFileSync(join(d, n), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])) },
  { name: 'empty.docx', make: (d, n) => writeFileSync(join(d, n), Buffer.alloc(0)) },
  { name: 'noise.docx', make: (d, n) => writeFileSync(join(d, n), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)])) },
  {
    name: 'twins.docx',
    make: (d, n) =>
      writeFileSync(
        join(d, n),
        rawZip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: '_rels/.rels', data: ROOT_RELS },
          { name: 'word/document.xml', data: documentXml(['Fine words.']) },
          { name: 'word/document.xml', data: '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', unicodeName: 'word/media/a.png' },
        ]),
      ),
  },
  { name: 'entity.docx', make: (d, n) => writeFileSync(join(d, n), wordPackage(['x'], [{ name: 'word/styles.xml', data: '<!DOCTYPE s [<!ENTITY e SYSTEM "file:///etc/passwd">]><s>&e;</s>' }])) },
  { name: 'folder.md', make: (d, n) => mkdirSync(join(d, n)) },
  { name: 'dangling.md', make: (d, n) => symlinkSync(join(d, 'nowhere.md'), join(d, n)) },
  { name: 'wide.md', make: (d, n) => writeFileSync(join(d, n), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')])) },
  { name: 'outside.md', make: (d, n) => symlinkSync('/etc/hostname', join(d, n)) },
];

type Out = { files: Array<{ path: string; error: string | null; findings: unknown[] }> };

describe('one bad file among good ones', () => {
  it('never changes the good files’ findings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(good, { minLength: 1, maxLength: 3 }), fc.constantFrom(...BAD), fc.boolean(), async (goods, bad, asFolder) => {
        const dir = tmpDir();
        const names = goods.map((_, i) => `good${i}.md`);
        goods.forEach((text, i) => writeFileSync(join(dir, names[i]!), text));
        const alone = await cli([...names, '-f', 'json'], { cwd: dir });
        bad.make(dir, bad.name);
        // The bad one named on the command line, or found in the folder.
        const withBad = await cli(asFolder ? ['.', '-f', 'json'] : [...names, bad.name, '-f', 'json'], { cwd: dir });
        const before = (JSON.parse(alone.stdout) as Out).files;
        const after = (JSON.parse(withBad.stdout) as Out).files;
        for (const file of before) expect(after.find((f) => f.path === file.path)).toEqual(file);
        expect(withBad.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|TypeError|something went wrong/);
        for (const line of withBad.stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^plainlint: /);
        const badReport = after.find((f) => f.path === bad.name);
        if (badReport?.error) expect(withBad.code).toBe(2);
        else expect([0, 1, 2]).toContain(withBad.code);
      }),
      { numRuns: 25, seed: 21 },
    );
  }, 120_000);
});
