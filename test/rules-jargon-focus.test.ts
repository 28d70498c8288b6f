/**
 * jargon: GOV.UK's “focus” in the forms writers use (“is now focused on”, “focuses mainly on”,
 * “focus our efforts”, “a focus on”, “enabled us to focus on”), and left alone when the reader is
 * the one who focuses. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('GOV.UK words to avoid: focus', () => {
  it('finds "focus" after "now" and before an adverb and "on"', async () => {
    expect(await excerpts('jargon', 'The team is now focused on shorter waits.')).toEqual(['focused on']);
    expect(await excerpts('jargon', 'The plan focuses mainly on children.')).toEqual(['focuses']);
    expect(await excerpts('jargon', 'Our work focuses specifically on older people.')).toEqual(['focuses']);
  });

  it('finds "focus our efforts" and "focus resources"', async () => {
    expect(await excerpts('jargon', 'We will focus our efforts on prevention.')).toEqual(['focus']);
    expect(await excerpts('jargon', 'The board will focus resources where they are needed.')).toEqual(['focus']);
  });

  it('leaves alone a reader who is trying to focus', async () => {
    expect(await excerpts('jargon', 'Breathing slowly can help you focus your attention on your body.')).toEqual([]);
    expect(await excerpts('jargon', 'If you find it hard to focus on reading, take a break.')).toEqual([]);
  });
});

describe('jargon: focus, puffery and clinical governance', () => {
  it('flags “focuses” with an adverb and “on”, whatever the subject', async () => {
    expect(await excerpts('jargon', 'The new framework focuses specifically on carers.')).toEqual(['focuses']);
    expect(await excerpts('jargon', 'This guidance focuses mainly on schools.')).toEqual(['focuses']);
  });

  it('leaves alone a reader who is trying to focus', async () => {
    expect(await excerpts('jargon', 'It can help you to focus mainly on your breathing.')).toEqual([]);
  });
});

describe('jargon: “forward-thinking” and “focus on” after “enabled us to”', () => {
  it('flags them', async () => {
    expect(await excerpts('jargon', 'We are a forward-thinking surgery.')).toEqual(['forward-thinking']);
    expect(await excerpts('jargon', 'This forward thinking plan won an award.')).toEqual(['forward thinking']);
    expect(await excerpts('jargon', 'The grant enabled us to focus on young carers.')).toEqual(['focus on']);
  });

  it('leaves “focus on” when the reader is the one who focuses', async () => {
    expect(await excerpts('jargon', 'Breathing slowly helps you to focus on the moment.')).toEqual([]);
  });
});
