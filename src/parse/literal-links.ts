/**
 * GFM turns bare web and email addresses in text ("www.nhs.uk", "help@nhs.net") into links. It
 * does this after parsing, with four regular expressions run over every piece of text in the
 * document. Each of them needs "@", "://" or "www." to match, so when no text in the tree has
 * any of those there is nothing to do. This plugin, used after remark-gfm, skips that step for
 * such documents: most pages, where every address is already written as a markdown link. In CPU
 * profiles that step was about a third of parsing time on a first, cold check of one page, and
 * about 8% over the whole corpus. The trees are the same either way (test/literal-links.test.ts).
 * Only GFM's address step is guarded, found by the token it handles (literalAutolink): other
 * extensions' steps always run.
 */
import type { Processor } from 'unified';
import type { Nodes, Root } from 'mdast';

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  transforms?: Transform[];
  enter?: Record<string, unknown>;
  [key: string]: unknown;
}
type Extensions = Array<FromMarkdownExtension | Extensions>;

const MAY_LINK = /@|:\/\/|www\./i;

/** Could a text node in this tree hold a bare web or email address? */
export function mayHoldBareAddress(node: Nodes): boolean {
  if (node.type === 'text') return MAY_LINK.test(node.value);
  if ('children' in node) {
    for (const child of node.children) if (mayHoldBareAddress(child as Nodes)) return true;
  }
  return false;
}

function guard(extensions: Extensions): Extensions {
  return extensions.map((extension) => {
    if (Array.isArray(extension)) return guard(extension);
    if (!extension.transforms?.length || !extension.enter || !('literalAutolink' in extension.enter)) return extension;
    const transforms = extension.transforms.map((transform): Transform => (tree) => (mayHoldBareAddress(tree) ? transform(tree) : undefined));
    return { ...extension, transforms };
  });
}

export function remarkBareAddressesWhenNeeded(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: Extensions };
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = guard(data.fromMarkdownExtensions);
}
