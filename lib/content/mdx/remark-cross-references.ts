// Turns references in official Chinese text into links, at build time:
//   刑法第二百五十三条之一 · 本法第六十六条第二款 · 依照前款的规定 · 第一款 · 前款第三项
// Only references to provisions in the corpus become links; the targets are reported so each
// provision can list what it cites and what cites it.
import type { Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseChineseNumber } from '../../provisions/numerals';

export interface CrossReferenceOptions {
  /** This provision: instrument slug and article. */
  self: { instrument: string; article: string };
  /** Names an instrument goes by in Chinese (full title, short name, aliases) → slug, longest first. */
  names: [name: string, slug: string][];
  /** instrument/article ids that exist. */
  known: Set<string>;
  /** Receives the provision ids this text cites (other than itself). */
  collect: (cites: string[]) => void;
}

const CN = '[零〇一二两三四五六七八九十百千]+';
const SELF_NAMES = ['本法', '本解释', '本条例', '本办法', '本规定'];

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Node = Root | RootContent;
const isElement = (n: Node, name: string) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;

export function remarkCrossReferences(options: CrossReferenceOptions) {
  const { self, names, known, collect } = options;
  const nameAlternation = [...names.map(([n]) => n), ...SELF_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|');
  // 《刑法》第二百五十三条之一第一款第三项 (instrument name optional: then it's this instrument… only with 本法 etc.)
  const article = new RegExp(`《?(${nameAlternation})》?第(${CN})条(?:之(${CN}))?(?:第(${CN})款)?(?:第(${CN})项)?`, 'gu');
  // 前款第三项 · 第一款 · 前款 (within this article)
  const paragraph = new RegExp(`(?<![条款])(前款|第(${CN})款)(?:第(${CN})项)?`, 'gu');
  // An article named without its instrument ("第四十条"): not linked, but what follows may belong to it.
  const bareArticle = new RegExp(`第${CN}条(?:之${CN})?(?:第${CN}款)?(?:第${CN}项)?`, 'gu');
  // "第四十条第一款和第二款": a bare 款 joined to an article reference by 和、或者… belongs to that article.
  const continuesArticle = new RegExp(`^(?:(?:和|、|或者|及|以及|至)第${CN}款(?:第${CN}项)?)*(?:和|、|或者|及|以及|至)$`, 'u');

  return () => (tree: Root) => {
    const cites = new Set<string>();
    const slugOf = (name: string) => (SELF_NAMES.includes(name) ? self.instrument : names.find(([n]) => n === name)?.[1]);

    /** Splits one text node into text and links. */
    const link = (node: Text, paragraphIndex: number): RootContent[] => {
      type Hit = { start: number; end: number; to: string };
      const hits: Hit[] = [];
      /** Every article reference, linked or not (an article outside the corpus is not linked). */
      const articles: { end: number; id: string | undefined }[] = [];
      for (const m of node.value.matchAll(article)) {
        const slug = slugOf(m[1]);
        const n = parseChineseNumber(m[2]);
        const sub = m[3] ? parseChineseNumber(m[3]) : undefined;
        if (!slug || !n || m.index === undefined) continue;
        const id = `${slug}/${n}${sub ? `-${sub}` : ''}`;
        articles.push({ end: m.index + m[0].length, id: known.has(id) ? id : undefined });
        if (!known.has(id)) continue;
        const p = m[4] ? parseChineseNumber(m[4]) : undefined;
        const i = m[5] ? parseChineseNumber(m[5]) : undefined;
        hits.push({ start: m.index, end: m.index + m[0].length, to: `${id}${p ? `#p${p}${i ? `-i${i}` : ''}` : ''}` });
        if (id !== `${self.instrument}/${self.article}`) cites.add(id);
      }
      for (const m of node.value.matchAll(bareArticle)) {
        const end = (m.index ?? 0) + m[0].length;
        if (!articles.some((a) => a.end === end)) articles.push({ end, id: undefined });
      }
      articles.sort((a, b) => a.end - b.end);
      for (const m of node.value.matchAll(paragraph)) {
        const at = m.index;
        if (at === undefined || hits.some((h) => at >= h.start && at < h.end)) continue;
        const p = m[1] === '前款' ? paragraphIndex - 1 : parseChineseNumber(m[2]);
        const i = m[3] ? parseChineseNumber(m[3]) : undefined;
        if (!p || p < 1) continue;
        const before = articles.filter((a) => a.end <= at).at(-1);
        const joined = m[1] !== '前款' && before && continuesArticle.test(node.value.slice(before.end, at));
        if (joined && !before.id) continue;
        const target = joined && before.id ? before.id : `${self.instrument}/${self.article}`;
        hits.push({ start: at, end: at + m[0].length, to: `${target}#p${p}${i ? `-i${i}` : ''}` });
      }
      if (!hits.length) return [node];
      hits.sort((a, b) => a.start - b.start);
      const out: RootContent[] = [];
      let at = 0;
      for (const h of hits) {
        if (h.start < at) continue;
        if (h.start > at) out.push({ type: 'text', value: node.value.slice(at, h.start) });
        const ref: MdxJsxTextElement = {
          type: 'mdxJsxTextElement', name: 'Ref',
          attributes: [{ type: 'mdxJsxAttribute', name: 'to', value: h.to }],
          children: [{ type: 'text', value: node.value.slice(h.start, h.end) }],
        };
        out.push(ref);
        at = h.end;
      }
      if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
      return out;
    };

    let paragraphIndex = 0;
    const walk = (node: Node, inStatute: boolean) => {
      if (isElement(node, 'P')) {
        paragraphIndex++;
        inStatute = true;
      }
      if (isElement(node, 'Commentary') || isElement(node, 'Ref')) return;
      if (!('children' in node)) return;
      const next: RootContent[] = [];
      for (const child of node.children) {
        if (inStatute && child.type === 'text') next.push(...link(child, paragraphIndex));
        else {
          walk(child, inStatute);
          next.push(child);
        }
      }
      // The new nodes are text and inline JSX, which any parent of a text node accepts.
      Object.assign(node, { children: next });
    };
    walk(tree, false);
    collect([...cites]);
  };
}
