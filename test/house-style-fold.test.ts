import { describe, expect, it } from 'vitest';
import { foldCase, patterns } from '../rules/house-style/shared.js';

// The phrases pattern runs on foldCase(text) without the i flag (quicker to compile); it must
// find exactly what the same pattern finds with the i flag on the text as written.
const withI = () => new RegExp(patterns().phrases.source, 'giu');
const spans = (text: string, re: RegExp, on = text) => [...on.matchAll(re)].map((m) => [m.index, m[0].length, text.slice(m.index, m.index + m[0].length)]);

describe('house-style phrases without the i flag', () => {
  const texts = [
    'PLEASE NOTE THAT the clinic is closed, E.G. on Mondays, ETC.',
    'Please Note: we Don’t take walk-ins. You Can\'T park here. I.E. never.',
    'Bring eyedrops, Eye-Drops and EARDROPS. Our HelpDesk is the help desk.',
    'A Kelvin sign in \u212Aeep and a long s in plea\u017Fe note and \u017Fhouldn\'t.',
    'Ünïcödé Straße, İstanbul, ﬁle, DON\u2019T, WON\u2019T, e.g.com, x-eg, eg.',
    'coordinate, CO-ORDINATE, Coordinated; re-evaluate REEVALUATE lifecycle Life-Cycle.',
    '',
  ];
  for (const text of texts) {
    it(`finds the same in ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(spans(text, patterns().phrases, foldCase(text))).toEqual(spans(text, withI()));
    });
  }

  it('finds the forms in capitals and with a long s', () => {
    expect(spans('PLEASE NOTE THAT, E.G. and plea\u017Fe note', patterns().phrases, foldCase('PLEASE NOTE THAT, E.G. and plea\u017Fe note')).map((s) => s[2])).toEqual([
      'PLEASE NOTE THAT',
      'E.G.',
      'plea\u017Fe note',
    ]);
  });

  it('keeps every character in its place', () => {
    const text = 'ABC \u017F\u212A İı ß Straße ﬁ';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase(text)).toBe('abc sk İı ß straße ﬁ');
  });
});

describe('house-style compounds without the i flag', () => {
  it('takes the pair and the next word as written, after any spaces, and leaves capitals alone', async () => {
    const { lint } = await import('./helpers/house-style.js');
    const findings = await lint(
      'Long Term conditions need care.\n\nWe offer LONG TERM\tsupport and long  term help. A Short Term Loan helps. A high risk long term condition is serious.',
    );
    expect(findings.filter((f) => f.data?.check === 'hyphens').map((f) => f.message)).toEqual([
      'Write “long-term” with a hyphen before a noun, as in “long-term help”.',
      'Write “long-term” with a hyphen before a noun, as in “long-term condition”.',
    ]);
  });
});
