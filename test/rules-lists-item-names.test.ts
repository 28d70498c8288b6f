/**
 * lists: a list item that opens with a capital: left alone on a name the text writes in capitals
 * elsewhere, flagged otherwise. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('lists: an item that opens with a name', () => {
  it('leaves alone a capital on a name the text writes in capitals mid-sentence', async () => {
    const text = 'The board pays for Parks and Leisure and for schools.\n\nThe board has 3 jobs:\n\n- Parks and Leisure, which runs the pools\n- schools in the town\n- roads and paths';
    expect(await excerpts('lists', text)).toEqual([]);
  });

  it('still flags a capital the text does not use as a name', async () => {
    const text = 'The board has 3 jobs:\n\n- Running the pools\n- schools in the town\n- roads and paths';
    expect(await excerpts('lists', text)).toEqual(['Running']);
  });
});
