/**
 * “…an appointment tomorrow, however if your need is less…”: “however” used like “but”, after a
 * comma, between 2 sentences. GOV.UK and NHS style: a full stop (or a semicolon) before it, and a
 * comma after it. Checked with the comma splices (check “comma-splices”).
 */
import type { Hit } from './shared.js';
import { type BlockText, isClaimed, isQuoted } from './text.js';
import { matchesOf } from '../lib/matches.js';

/**
 * “, however” with no comma after it, then the start of a clause (“if”, “we”, “the”…); or
 * “, however,” then a subject and its verb (“, however, we will call you”). Not “however you
 * like” (in whatever way), nor “the clinic, however, is closed” (an aside after the subject).
 */
const HOWEVER =
  /,[ \t]+(however)(?:[ \t]+(?:if|when|we|it|this|they|there|the|please|some|most|many|our|your|that|i|you)\b(?![ \t]+(?:like|want|wish|choose|prefer|feel|can|please)\b)|,[ \t]+(?:(?:it|we|you|they|there|this|i)(?:['’](?:s|re|ll|ve|m)\b|[ \t]+(?:is|are|will|can|may|must|should|need|have|has|do|does)\b)))/giu;
/** A verb before the comma, so the words before it are a sentence of their own. */
const FINITE = /\b(?:is|are|was|were|am|has|have|had|will|can|may|might|must|should|would|could|need|needs|do|does|did|means|want|wants)\b|\b(?:it|we|you|they|there|i)['’](?:s|re|ll|ve|m)\b/i;

export function checkHoweverSplices(t: BlockText, hits: Hit[]): void {
  if (t.block.inTable || t.block.kind === 'heading') return;
  const text = t.text;
  for (let k = 0; k < t.sentenceStarts.length; k++) {
    const start = t.sentenceStarts[k]!;
    const sentence = text.slice(start, t.sentenceEnds[k]);
    for (const m of matchesOf(sentence, HOWEVER)) {
      const before = sentence.slice(0, m.index);
      const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
      if (words.length < 4 || !FINITE.test(before) || /[;:–—]/.test(before)) continue;
      const from = start + m.index;
      const to = from + m[0].indexOf(m[1]!) + m[1]!.length;
      if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
      hits.push({
        check: 'comma-splices',
        from,
        to,
        message: '“However” starts a new sentence here. Put a full stop before it and a comma after it: “… . However, …”.',
        suggestions: [/^,[ \t]+however,/i.test(m[0]) ? '. However' : '. However,'],
        severity: 'suggestion',
      });
      break;
    }
  }
}
