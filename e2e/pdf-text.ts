// Reading printed pages back: the text of a PDF as pdf.js extracts it.

/** Text of a PDF, read back with pdf.js, whitespace collapsed. */
export async function pdfText(data: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    text += ' ';
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}
