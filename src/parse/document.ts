/** Build the LintDocument that every rule sees, from an mdast tree and the text it points into. */
import { location } from 'vfile-location';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { ImageInfo, LintDocument, Point, SourceFormat } from '../types.js';
import { buildProse, type AltTextSource } from './prose.js';
import type { Nodes as MdastNodes } from 'mdast';

export interface DocumentParts {
  path: string;
  format: SourceFormat;
  text: string;
  mdast: Root;
  images: (pointAt: (offset: number) => Point) => ImageInfo[];
  /** Images whose alt text is written apart from them, after the text of the document (Word). */
  altSources?: ReadonlyMap<MdastNodes, AltTextSource>;
}

export function makeDocument(parts: DocumentParts): LintDocument {
  const place = location(parts.text);
  const length = parts.text.length;
  const pointAt = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, length));
    // vfile-location makes a new { line, column, offset } for each call: use it as it is.
    const point = place.toPoint(clamped) as Point | undefined;
    if (point) return point;
    // The very end of the text: vfile-location has no point for it in some versions.
    const before = place.toPoint(Math.max(0, clamped - 1));
    return before ? { line: before.line, column: before.column + 1, offset: clamped } : { line: 1, column: 1, offset: 0 };
  };
  if (parts.format === 'docx') {
    // Word trees are built with offsets only: fill in lines and columns.
    visit(parts.mdast, (node) => {
      const position = node.position;
      if (position) {
        position.start = pointAt(position.start.offset ?? 0);
        position.end = pointAt(position.end.offset ?? 0);
      }
    });
  }
  const prose = buildProse(parts.mdast, parts.text, pointAt, parts.altSources);
  return {
    path: parts.path,
    format: parts.format,
    text: parts.text,
    mdast: parts.mdast,
    nlcst: prose.nlcst,
    blocks: prose.blocks,
    sections: prose.sections,
    images: parts.images(pointAt),
    altText: prose.altText,
    pointAt,
  };
}
