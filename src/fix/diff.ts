/**
 * A unified diff of two texts (for `--fix-dry-run`), in the form `git apply` and `patch` read.
 * Lines are compared with their line endings, so a CRLF file gives a CRLF diff body.
 * Myers' O((N+M)D) algorithm on the lines left after trimming the common start and end.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const name = path.split('\\').join('/');
  const out = [`--- a/${name}\n`, `+++ b/${name}\n`];
  for (const hunk of hunks(ops)) out.push(hunk);
  return out.join('');
}

function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', line: a[i]! });
  for (const op of myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) ops.push(op);
  for (let i = a.length - tail; i < a.length; i++) ops.push({ kind: ' ', line: a[i]! });
  return ops;
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ kind: '+', line }));
  if (m === 0) return a.map((line) => ({ kind: '-', line }));
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1]! });
      else ops.push({ kind: '-', line: a[x - 1]! });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function hunks(ops: Op[]): string[] {
  const changes: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changes.push(i);
  });
  // Line numbers before each op.
  const aAt: number[] = [];
  const bAt: number[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    aAt.push(ai);
    bAt.push(bi);
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
  }
  const result: string[] = [];
  let c = 0;
  while (c < changes.length) {
    const from = Math.max(0, changes[c]! - CONTEXT);
    let lastChange = changes[c]!;
    while (c + 1 < changes.length && changes[c + 1]! - lastChange <= 2 * CONTEXT + 1) lastChange = changes[++c]!;
    c++;
    const to = Math.min(ops.length, lastChange + 1 + CONTEXT);
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    const oldStart = oldCount ? aAt[from]! + 1 : aAt[from]!;
    const newStart = newCount ? bAt[from]! + 1 : bAt[from]!;
    const lines = [`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`];
    for (const op of slice) {
      const body = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
      lines.push(op.kind + body);
    }
    result.push(lines.join(''));
  }
  return result;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}
