/**
 * inclusive-language: labels for people: a condition used as a label (“asthma patients”),
 * “suffering” with an object, and “the disabled” (left alone inside a name like “the Disabled
 * Students Allowance”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('inclusive-language: labels', () => {
  it('flags a condition used as a label, and "suffering" with an object', async () => {
    expect(await excerpts('inclusive-language', 'We treat asthma patients and COPD patients.')).toEqual(['asthma patients', 'COPD patients']);
    expect(await excerpts('inclusive-language', 'Patients suffering ongoing health issues can get help.')).toEqual(['suffering']);
  });

  it('leaves other uses alone', async () => {
    expect(await excerpts('inclusive-language', 'Patients with asthma can book. Nobody should suffer in silence.')).toEqual([]);
  });
});
