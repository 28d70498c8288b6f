/**
 * A linear-time replacement for micromark's setext heading resolver.
 *
 * micromark (2.x core) resolves each setext heading (a line of text underlined with `---`
 * or `===`) with an EditMap whose `consume` copies every event of the document so far. So a
 * file with many underlined headings takes time that grows with the square of its size:
 * 4,000 of them in an 80 KB file took over half a minute. This resolver makes the same edits,
 * in the same order, but only rewrites the events of the heading itself.
 *
 * The tokenizer is micromark's own, so what counts as a setext heading does not change.
 */
import { setextUnderline } from 'micromark-core-commonmark';
import type { Construct, Event, Extension, Resolver, Token } from 'micromark-util-types';
import type { Processor } from 'unified';

const resolveToSetextUnderline: Resolver = (events, context) => {
  let index = events.length;
  let content: number | undefined;
  let text: number | undefined;
  let definition: number | undefined;
  const removed = new Set<number>();

  // Find the opening of the content (always there: the tokenizer checked).
  while (index--) {
    const [kind, token] = events[index]!;
    if (kind === 'enter') {
      if (token.type === 'content') {
        content = index;
        break;
      }
      if (token.type === 'paragraph') text = index;
    } else {
      // Remove the content end (if needed it is added again below).
      if (token.type === 'content') removed.add(index);
      if (!definition && token.type === 'definition') definition = index;
    }
  }
  if (content === undefined || text === undefined) return events;

  const heading: Token = {
    type: 'setextHeading',
    start: { ...events[content]![1].start },
    end: { ...events[events.length - 1]![1].end },
  };
  events[text]![1].type = 'setextHeadingText';

  const inserts = new Map<number, Event[]>();
  const insert = (at: number, event: Event) => {
    const list = inserts.get(at);
    if (list) list.push(event);
    else inserts.set(at, [event]);
  };
  if (definition) {
    insert(text, ['enter', heading, context]);
    insert(definition + 1, ['exit', events[content]![1], context]);
    events[content]![1].end = { ...events[definition]![1].end };
  } else {
    events[content]![1] = heading;
  }
  insert(events.length, ['exit', heading, context]);

  // Rebuild only the tail, from the content start on.
  const tail: Event[] = [];
  for (let i = content; i <= events.length; i++) {
    const added = inserts.get(i);
    if (added) for (const event of added) tail.push(event);
    if (i < events.length && !removed.has(i)) tail.push(events[i]!);
  }
  events.length = content;
  for (const event of tail) events.push(event);
  return events;
};

const linearSetextUnderline: Construct = {
  name: 'setextUnderlineLinear',
  tokenize: setextUnderline.tokenize,
  resolveTo: resolveToSetextUnderline,
};

/** micromark extension: swap the built-in setext underline for the linear one. */
export const linearSetextExtension: Extension = {
  flow: { 45: linearSetextUnderline, 61: linearSetextUnderline },
  disable: { null: ['setextUnderline'] },
};

/** unified plugin for remark-parse. */
export function remarkLinearSetext(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  (data.micromarkExtensions ??= []).push(linearSetextExtension);
}
