/**
 * Word-list entries added for issue 18 (rules/data/lists/): abstract "deliver", "key" as an
 * adjective, "a focus on", "roll out", "state of the art", "liaison", "facilitator",
 * "commissioned by", "suffering" with an object, and conditions used as labels ("asthma
 * patients"). A finding covers the word to change, not the words after it. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('jargon: words to avoid', () => {
  it('flags abstract "deliver", "key" as an adjective and "a focus on"', async () => {
    expect(await excerpts('jargon', 'We will deliver greater access to care.')).toEqual(['deliver']);
    expect(await excerpts('jargon', 'The plan has 4 key elements and 2 key papers.')).toEqual(['key', 'key']);
    expect(await excerpts('jargon', 'The strategy has a focus on prevention.')).toEqual(['focus on']);
  });

  it('flags "roll out", "state of the art", "liaison", "facilitator" and "commissioned by"', async () => {
    expect(await excerpts('jargon', 'We rolled out the new service in May.')).toEqual(['rolled out']);
    expect(await excerpts('jargon', 'The clinic has state-of-the-art scanners.')).toEqual(['state-of-the-art']);
    expect(await excerpts('jargon', 'We keep in close liaison with the council. A facilitator will call.')).toEqual(['liaison', 'facilitator']);
    // A job title is the name of a role, not jargon to rewrite.
    expect(await excerpts('jargon', 'Our liaison officer will call.')).toEqual([]);
    expect(await excerpts('jargon', 'The hospital was commissioned by the NHS.')).toEqual(['commissioned']);
  });

  it('leaves everyday uses alone', async () => {
    expect(
      await excerpts(
        'jargon',
        'We deliver leaflets to every home. Your key worker will call. Users can focus on the next step. ' +
          'Roll out the pastry. Speak to the Patient Advice and Liaison Service.',
      ),
    ).toEqual([]);
  });
});

describe('inclusive-language: labels', () => {
  it('flags a condition used as a label, and "suffering" with an object', async () => {
    expect(await excerpts('inclusive-language', 'We treat asthma patients and COPD patients.')).toEqual(['asthma patients', 'COPD patients']);
    expect(await excerpts('inclusive-language', 'Patients suffering ongoing health issues can get help.')).toEqual(['suffering']);
  });

  it('leaves other uses alone', async () => {
    expect(await excerpts('inclusive-language', 'Patients with asthma can book. Nobody should suffer in silence.')).toEqual([]);
  });
});

describe('simpler-words: everyday forms for benefit and screening pages', () => {
  it('flags “per week” and the like, but not a speed', async () => {
    expect(await excerpts('simpler-words', 'You get £5 per week. Staff work 30 hours per week. The fee is £200 or less per year.')).toEqual([
      'per week',
      'per week',
      'per year',
    ]);
    expect(await excerpts('simpler-words', 'The limit is 20 miles per hour.')).toEqual([]);
  });

  it('flags “expectant mothers”, and “receive” after “should”', async () => {
    expect(await excerpts('simpler-words', 'The scheme helps expectant mothers. You should receive a letter soon.')).toEqual([
      'expectant mothers',
      'receive',
    ]);
    expect(await excerpts('simpler-words', 'We receive many calls. Staff receive training.')).toEqual([]);
  });
});

describe('simpler-words: “experience” before symptoms with a describing word between', () => {
  it('flags “experiencing any breast symptoms”, not the noun', async () => {
    expect(await excerpts('simpler-words', 'Tell us if you are experiencing any breast symptoms. You may experience some chest pain.')).toEqual([
      'experiencing',
      'experience',
    ]);
    expect(await excerpts('simpler-words', 'We value the experience of any new staff.')).toEqual([]);
  });
});
