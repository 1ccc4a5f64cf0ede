import { Fragment, type ReactNode } from 'react';
import type { RichBlock, RichInline, RichText } from '../../../electron/api';

/**
 * Notice text as elements: RichText blocks map to <p>, <ul>/<ol>, <li>, <strong> and <em>, and
 * every text run is a React text node. Content from staff or the central API is untrusted, so it
 * is never handed to the DOM as markup: a `<script>` in it is shown as the words it is.
 */
export function RichTextView({ rich, className }: { rich: RichText; className?: string }) {
  return <div className={className ? `rich-text ${className}` : 'rich-text'}>{blocksOf(rich)}</div>;
}

function blocksOf(blocks: RichBlock[]): ReactNode[] {
  return blocks.map((block, index) => {
    // Content has no ids; position is the identity of a block within a rendered text.
    const key = `${block.type}-${index}`;
    if (block.type === 'paragraph') return <p key={key}>{inlinesOf(block.inlines)}</p>;
    const items = block.items.map((item, n) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: list items have no ids; their order is their identity
      <li key={`item-${n}`}>{blocksOf(item)}</li>
    ));
    return block.ordered ? (
      <ol key={key} start={block.start}>
        {items}
      </ol>
    ) : (
      <ul key={key}>{items}</ul>
    );
  });
}

function inlinesOf(inlines: RichInline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    const key = `inline-${index}`;
    if (inline.text === '\n') return <br key={key} />;
    let node: ReactNode = inline.text;
    if (inline.em) node = <em>{node}</em>;
    if (inline.strong) node = <strong>{node}</strong>;
    return <Fragment key={key}>{node}</Fragment>;
  });
}
