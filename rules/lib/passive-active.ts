/**
 * The active rewrite of a passive that plainlint suggests (“we will send you” for “you will be
 * sent”), and a verb's plain form from its participle. Used by the passive finder (passive.ts)
 * and the passive-voice rule.
 */
import { toString } from 'nlcst-to-string';
import { IRREGULAR, IRREGULAR_BASE, MODALS, NOT_WE, PAST_BE, READER_VERBS } from './passive-words.js';
import type { PassiveMatch } from './passive.js';

/** The active pattern; `yoursRefused`: “your application cannot be processed”, which we cannot do, not you. */
export function activeFor(verb: string, modal: string | undefined, you: boolean, participle: string, particle?: string, yoursRefused = false): string | undefined {
  // "you may be referred": we may refer you
  const object = you ? ' you' : '';
  const tail = particle === 'at' ? ` at${object}` : `${object}${particle ? ` ${particle}` : ''}`;
  if (PAST_BE.has(verb)) return IRREGULAR.has(participle) || NOT_WE.has(participle) ? undefined : `we ${participle}${tail}`;
  const base = baseForm(participle);
  if (!base) return undefined;
  // "records can be accessed": you can access them; but "your application cannot be processed": we cannot
  // "information can be found": you can find it; but "visits can be arranged": we arrange them
  const reader = !you && !yoursRefused && (modal === 'can' || modal === 'may' || modal === 'could' || modal === 'should' || modal === 'must') && READER_VERBS.has(base);
  // "you are threatened with", "we are required to", "governors will be elected": not what we do
  if (!reader && NOT_WE.has(participle)) return undefined;
  if (verb === 'be' && modal && MODALS.has(modal)) return `${reader ? 'you' : 'we'} ${modal} ${base}${tail}`;
  if (verb === 'is' || verb === 'are' || verb === 'am') return `we ${base}${tail}`;
  return undefined;
}

/**
 * The active pattern when the sentence says who does it: “a clinician looks at” for “are looked
 * at by a clinician”, “an assessor will carry out” for “will be carried out by an assessor”.
 */
export function activeWithAgent(match: PassiveMatch): string | undefined {
  if (!match.agent || match.kind !== 'be') return undefined;
  const participle = toString(match.participle).toLowerCase();
  const [aux, verb] = match.lead.split(' ') as [string, string | undefined];
  const particle = match.particle ? ` ${match.particle}` : '';
  const base = baseForm(participle);
  if (verb === 'be' && MODALS.has(aux)) return base ? `${match.agent} ${aux} ${base}${particle}` : undefined;
  if (verb === 'been' && (aux === 'has' || aux === 'have')) return `${match.agent} has ${participle}${particle}`;
  if (aux === 'was' || aux === 'were') return pastSameAsParticiple(participle) ? `${match.agent} ${participle}${particle}` : undefined;
  if ((aux === 'is' || aux === 'are' || aux === 'being') && base) return `${match.agent} ${thirdPerson(base)}${particle}`;
  return undefined;
}

/** “sent”, “led”, “held”, “analysed”: the past tense is the participle (not “given”, “done”, “begun”). */
function pastSameAsParticiple(participle: string): boolean {
  if (!IRREGULAR.has(participle)) return true;
  return participle === 'won' || !/(n|done)$/.test(participle);
}

function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/**
 * How a regular participle drops its ending, tried in order: [ending, letters to drop].
 * Endings that could go either way ("developed", "targeted", "visited") are left out.
 */
const ENDINGS: Array<[RegExp, number, string?]> = [
  [/ied$/, 3, 'y'],
  [/eed$/, 1],
  [/(ell|oll)ed$/, -1],
  [/(ss|ll|ff|zz|dd)ed$/, 2],
  [/([bgmnprt])\1ed$/, 3],
  [/(ea|ai|ou|oo|ee|oa|oi|au)[^scvgzu]ed$/, 2],
  [/(ow|ew|aw|ay|ey|oy)ed$/, 2],
  [/(h|x|w)ed$/, 2],
  [/(ited|eted|oped|eped|ored)$/, -1],
  [/([aou]ted|[aiou]ded)$/, 1],
  [/[bcdfghjklmnpqrstvwxz](ted|ded)$/, 2],
  [/[aeiouy](s|z|v|c|g|u)ed$/, 1],
  [/(u|v)ed$/, 1],
  [/[lnrp](s|c|g)ed$/, 1],
  [/e[rn]ed$/, 2],
  // "commissioned", "questioned", "reasoned", "abandoned", "summoned": the "-on" is not "-one"
  [/(ioned|[aeiou]soned|bandoned|mmoned|ckoned)$/, 2],
  [/[aiu]red$/, 1],
  [/[^aeiou]red$/, -1],
  [/[bcdfgkptz]led$/, 1],
  [/[aiou]led$/, 1],
  [/[rl]led$|[^aeiou][nml]ed$/, 2],
  [/[aiou][nmb]ed$/, 1],
  [/[aiu]ped$/, 1],
  [/[^aeiou][kpb]ed$/, 2],
  [/[aiou]ked$/, 1],
];

/** The plain form of a verb from its participle, when the spelling makes it plain; otherwise undefined. */
export function baseForm(participle: string): string | undefined {
  if (IRREGULAR_BASE[participle]) return IRREGULAR_BASE[participle];
  if (IRREGULAR.has(participle) || !participle.endsWith('ed')) return undefined;
  for (const [ending, drop, add] of ENDINGS) {
    if (!ending.test(participle)) continue;
    if (drop < 0) return undefined;
    return participle.slice(0, -drop) + (add ?? '');
  }
  return undefined;
}
