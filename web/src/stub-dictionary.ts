/**
 * The web page has no UK English dictionary: it is 3 MB of word lists that Node reads from
 * disk. The spelling rule is off in every preset, so the page never needs it.
 */
const unavailable = (): never => {
  throw new Error('The full spell check is not available on the web page. Use the plainlint command for it');
};
const dictionary = {
  get aff(): never {
    return unavailable();
  },
  get dic(): never {
    return unavailable();
  },
};
export default dictionary;
