/**
 * A faster EditMap.consume for micromark, with exactly the same result.
 *
 * micromark moves events around with an EditMap. Its `consume` rebuilds the whole list of the
 * document's events, even when every edit is near the end. micromark does this each time a
 * list or quote ends, so a large file with many lists took time that grew with the square of its
 * size (a 1 MB file of real NHS pages: over 5 seconds, most of it here). This version keeps the
 * events before the first edit where they are and rebuilds only the rest.
 *
 * micromark-util-edit-map is shared by micromark and its extensions (one copy in the install and
 * in the bundle), so replacing the method on its class reaches every user of it.
 */
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

type Edit = [at: number, remove: number, add: Event[]];

const original = EditMap.prototype.consume;

const linearConsume = function consume(this: { map: Edit[]; index: Map<number, Edit> }, events: Event[]): undefined {
  const map = this.map;
  map.sort((a, b) => a[0] - b[0]);
  if (map.length === 0) return;
  // Cut the list back to before the first edit, keeping each edit's new events and the
  // events after it (last edit first, as micromark does).
  const parts: Event[][] = [];
  let index = map.length;
  while (index > 0) {
    index -= 1;
    const [at, remove, add] = map[index]!;
    parts.push(events.slice(at + remove), add);
    events.length = at;
  }
  // The events before the first edit stay in place; put the rest back after them.
  let part = parts.pop();
  while (part) {
    for (const event of part) events.push(event);
    part = parts.pop();
  }
  map.length = 0;
  this.index.clear();
  return undefined;
} as never as typeof original;

/** Use the faster consume (or, for tests, `false`: micromark's own). */
export function useLinearEditMap(on = true): void {
  EditMap.prototype.consume = on ? linearConsume : original;
}
