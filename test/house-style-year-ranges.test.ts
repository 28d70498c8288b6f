/**
 * house-style/ranges: a financial or school year written with a slash (“2016/17”, “2021/2022”).
 * GOV.UK: “use 'to' in date ranges”, as in “tax year 2011 to 2012”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { found, fixedText, lint } from './helpers/house-style.js';

describe('years with a slash', () => {
  it('flags 2 years in a row and fixes them with “to”', async () => {
    const text = 'Our 2016/17 report is out. In 2021/2022 the clinic grew.';
    expect(await found(text)).toEqual(['ranges: 2016/17', 'ranges: 2021/2022']);
    expect(fixedText(text, await lint(text))).toBe('Our 2016 to 2017 report is out. In 2021 to 2022 the clinic grew.');
  });

  it('leaves years that are not in a row, and dates, alone', async () => {
    expect(await found('The plan ran 2010/15. The file 2016/09 is old. Call 01234/2016.')).toEqual([]);
  });
});
