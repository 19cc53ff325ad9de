// Numbers statute paragraphs (<P>, 款) and items (<Item>, 项) from their position in the
// syntax tree, and collects their plain text and the references a document makes.
// Anchors come from structure, so nobody writes an id by hand.
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Node = Root | RootContent;

interface StructuredItem { id: string; text: string }
interface StructuredParagraph { id: string; text: string; items: StructuredItem[] }
interface QuizChoice { text: string; correct: boolean }
interface QuizQuestion { id: string; kind: 'single' | 'multiple'; prompt: string; choices: QuizChoice[]; explanation: string; refs: string[] }
export interface DocumentStructure {
  paragraphs: StructuredParagraph[];
  /** Questions of <Quiz> blocks, in order: for the answer key and for checks across locales. */
  quiz: QuizQuestion[];
  /** Plain text of everything outside the statute text: commentary, guide prose. */
  prose: string;
  /** `to` of every <Ref>, e.g. pipl/66#p2. */
  refs: string[];
}

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function children(node: Node): Node[] {
  return 'children' in node ? node.children : [];
}

/** Text of a subtree; block boundaries become a space so words don't run together. */
function plainText(node: Node, skip: (n: Node) => boolean = () => false): string {
  if (skip(node)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  const parts = children(node).map((c) => plainText(c, skip));
  const block = node.type !== 'paragraph' && !isJsx(node) && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'link';
  return parts.join(block ? ' ' : '').trim();
}

function attribute(node: JsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

function hasAttribute(node: JsxElement, name: string): boolean {
  return node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function setId(node: JsxElement, id: string, file: VFile) {
  if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'id'))
    file.fail(`<${node.name}> must not carry a hand-written id: ids come from the structure`, node);
  node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
}

export function remarkStructure(collect: (structure: DocumentStructure) => void) {
  return () => (tree: Root, file: VFile) => {
    const paragraphs: StructuredParagraph[] = [];
    const refs: string[] = [];
    const isItem = (n: Node) => isJsx(n) && n.name === 'Item';
    const isParagraph = (n: Node) => isJsx(n) && n.name === 'P';

    const quiz: QuizQuestion[] = [];
    const isChoice = (n: Node) => isJsx(n) && n.name === 'Choice';
    const isExplanation = (n: Node) => isJsx(n) && n.name === 'Explanation';
    const refsIn = (n: Node): string[] =>
      isJsx(n) && n.name === 'Ref' ? [attribute(n, 'to') ?? ''] : children(n).flatMap(refsIn);

    const readQuestion = (node: JsxElement, inQuiz: boolean) => {
      if (!inQuiz) file.fail('<Question> must be inside a <Quiz>', node);
      const kind = attribute(node, 'kind');
      if (kind !== 'single' && kind !== 'multiple') return file.fail('<Question> needs kind="single" or kind="multiple"', node);
      const id = `q${quiz.length + 1}`;
      setId(node, id, file);
      const choiceNodes = children(node).filter(isChoice).filter(isJsx);
      choiceNodes.forEach((c, i) => c.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(i + 1) }));
      const choices = choiceNodes.map((c) => ({ text: plainText(c), correct: hasAttribute(c, 'correct') }));
      // The question itself carries its answer, so the browser can say right or wrong.
      const answer = choices.flatMap((c, i) => (c.correct ? [String(i + 1)] : [])).join(',');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'answer', value: answer });
      const explanation = children(node).find(isExplanation);
      const right = choices.filter((c) => c.correct).length;
      if (choices.length < 2) file.fail(`question ${id} needs at least two <Choice>s`, node);
      if (kind === 'single' && right !== 1) file.fail(`single-choice question ${id} must have exactly one correct <Choice>, has ${right}`, node);
      if (kind === 'multiple' && right < 1) file.fail(`multiple-choice question ${id} must have at least one correct <Choice>`, node);
      if (!explanation) return file.fail(`question ${id} needs an <Explanation>`, node);
      const prompt = plainText(node, (n) => isChoice(n) || isExplanation(n));
      quiz.push({ id, kind, prompt, choices, explanation: plainText(explanation), refs: refsIn(explanation) });
    };

    const walk = (node: Node, inParagraph: StructuredParagraph | null, inQuiz = false) => {
      if (isJsx(node) && node.name === 'Question') readQuestion(node, inQuiz);
      if (isJsx(node) && node.name === 'Choice' && !inQuiz) file.fail('<Choice> must be inside a <Question>', node);
      if (isJsx(node) && node.name === 'P') {
        if (inParagraph) file.fail('<P> cannot contain another <P>', node);
        const paragraph: StructuredParagraph = { id: `p${paragraphs.length + 1}`, text: '', items: [] };
        setId(node, paragraph.id, file);
        paragraph.text = plainText(node, isItem);
        paragraphs.push(paragraph);
        children(node).forEach((c) => walk(c, paragraph, inQuiz));
        return;
      }
      if (isJsx(node) && node.name === 'Item') {
        if (!inParagraph) file.fail('<Item> must be inside a <P> paragraph', node);
        else {
          const item = { id: `${inParagraph.id}-i${inParagraph.items.length + 1}`, text: plainText(node) };
          setId(node, item.id, file);
          inParagraph.items.push(item);
        }
        return;
      }
      if (isJsx(node) && node.name === 'Ref') {
        const to = attribute(node, 'to');
        if (!to) file.fail('<Ref> needs a to="instrument/article" attribute', node);
        else refs.push(to);
      }
      children(node).forEach((c) => walk(c, inParagraph, inQuiz || (isJsx(node) && node.name === 'Quiz')));
    };
    walk(tree, null);
    collect({ paragraphs, quiz, prose: plainText(tree, isParagraph), refs });
  };
}
