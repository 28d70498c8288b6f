/**
 * A name the guides keep in capitals (“Healthy Start”, “Blue Badge”: capitals.json `keep`) followed by
 * a general word for what the scheme gives or how it runs, with capitals: “the Healthy Start
 * Programme”, “Healthy Start Vouchers”, “the Blue Badge Scheme”. The name keeps its capitals and the
 * general word does not (GOV.UK writes “Healthy Start vouchers” and “the Blue Badge scheme”).
 */
import data from '../data/capitals.json' with { type: 'json' };
import type { Token } from './tokens.js';

/** General words after a scheme's name: what it gives, or how people use it. */
const HEADS = new Set([
  'scheme', 'schemes', 'programme', 'programmes', 'voucher', 'vouchers', 'vitamins', 'card', 'cards', 'helpline',
  'application', 'applications', 'form', 'forms', 'website', 'payment', 'payments', 'coupon', 'coupons',
]);

/** The kept names as lower-case words, longest first. */
const NAMES = data.keep.map((n) => n.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);

/**
 * The places in `run` (a run of capitalised words, by token index) of the general words after a kept
 * name that the run starts with, or undefined. Every word after the name must be one of them.
 */
export function keptNameHeads(tokens: Token[], all: number[]): number[] | undefined {
  // A sentence's capitalised first word is not part of the name: “The Healthy Start Programme”.
  const run = /^(the|our|your|a|an|this)$/.test(tokens[all[0]!]!.lower) ? all.slice(1) : all;
  const words = run.map((k) => tokens[k]!.lower);
  for (const name of NAMES) {
    if (name.length >= words.length || !name.every((w, n) => words[n] === w)) continue;
    const rest = run.slice(name.length);
    // The words must follow one another, with no “and” between (“Blue Badge and Parking Scheme”).
    if (rest.some((k, n) => k !== run[name.length + n - 1]! + 1)) return undefined;
    return rest.every((k) => HEADS.has(tokens[k]!.lower)) ? rest : undefined;
  }
  return undefined;
}
