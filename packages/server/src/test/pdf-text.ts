import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfText {
  pages: number;
  /** All pages' text, runs of spaces collapsed. */
  text: string;
}

/** Opens a PDF with a real parser (PDF.js) and returns its text, as a reader copying it out would get it. */
export async function pdfText(pdf: Uint8Array): Promise<PdfText> {
  // A copy: PDF.js takes the buffer over. Verbosity 0: no warnings about fonts it need not draw.
  const document = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const { totalPages, text } = await extractText(document, { mergePages: true });
  return { pages: totalPages, text };
}
