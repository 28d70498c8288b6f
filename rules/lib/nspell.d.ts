/** nspell ships no types: the little of it that rules/lib/spell.ts uses. */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  /** With `dic`, nspell builds its words from it; with the affix file alone, it has none. */
  export default function nspell(dictionary: { aff: unknown; dic?: unknown }): NSpell;
}
