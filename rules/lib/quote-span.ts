/**
 * A span that starts or ends inside a quotation: widen it over the quotation mark right outside
 * it, so the excerpt a writer reads is whole: “The leaflet says “rest for a day”” and not
 * “The leaflet says “rest for a day”. Only a mark right next to the span is taken (after a full
 * stop or comma at most), and only when the span holds an opening mark with no closing one, or
 * the other way round. A quotation that goes on into the next sentence is left as it is.
 */
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function balanceQuotes(text: string, start: number, end: number): [number, number] {
  const inside = text.slice(start, end);
  // Curly double marks, curly single marks that are not apostrophes, and straight double marks.
  const opens = count(inside, /“/gu) + count(inside, /‘/gu);
  const closes = count(inside, /”/gu) + count(inside, /’(?![\p{L}])/gu);
  const straight = count(inside, /"/gu) % 2 === 1;
  let s = start;
  let e = end;
  if (opens > closes || straight) {
    const after = /^[.,!?]?[”’"]/u.exec(text.slice(e, e + 2));
    if (after) e += after[0].length;
  } else if (closes > opens && /[“‘"]/u.test(text.charAt(s - 1))) {
    s -= 1;
  }
  return [s, e];
}
