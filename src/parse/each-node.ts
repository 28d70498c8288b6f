/**
 * Walk an mdast tree: call `fn` for every node of the given types, in document order, with its
 * parent and index. unist-util-visit does the same, but makes a new function and a new array of
 * ancestors for every node it passes; over a whole repository that was about a tenth of the
 * memory the engine's own walks used, so the engine and rules walk trees with this instead.
 */
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

export function eachNode<T extends MdastNodes['type']>(
  tree: MdastNodes,
  type: T | readonly T[],
  fn: (node: Extract<MdastNodes, { type: T }>, parent: MdastParents | undefined, index: number) => void,
): void {
  const wanted = typeof type === 'string' ? (t: string) => t === type : (t: string) => (type as readonly string[]).includes(t);
  const walk = (node: MdastNodes, parent: MdastParents | undefined, index: number): void => {
    if (wanted(node.type)) fn(node as Extract<MdastNodes, { type: T }>, parent, index);
    if ('children' in node) {
      const children = node.children as MdastNodes[];
      for (let i = 0; i < children.length; i++) walk(children[i]!, node as MdastParents, i);
    }
  };
  walk(tree, undefined, 0);
}
