/**
 * The further places a finding names in `data.places`, when one finding speaks for several places
 * of the same slip (“3 list items end with a full stop”, a page's negative contractions). Machine
 * formats give each place, so a pull request shows every line (src/report/sentences.ts).
 */
import type { Point } from '../../src/types.js';

export interface PlaceData {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  phrase?: string;
}

/** `data.places` for spans of the document's text: each with its line, column and words. */
export function placesData(text: string, pointAt: (offset: number) => Point, spans: Array<[number, number]>): PlaceData[] {
  return spans
    .filter(([start, end]) => end > start)
    .map(([start, end]) => {
      const point = pointAt(start);
      return { offset: start, endOffset: end, line: point.line, column: point.column, phrase: text.slice(start, end) };
    });
}
