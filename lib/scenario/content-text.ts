import type { BlockNode, InlineNode } from './definition';

/** The words of inline content as one string, as written (line breaks as spaces). */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return ' ';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

/** The words of a block tree as one string, paragraphs separated by spaces. */
export function blocksText(blocks: readonly BlockNode[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return inlineText(block.children);
        case 'list':
          return block.items.map(blocksText).join(' ');
        case 'thematicBreak':
          return '';
        default:
          return blocksText(block.children);
      }
    })
    .join(' ');
}

