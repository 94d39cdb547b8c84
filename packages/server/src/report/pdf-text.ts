/**
 * Text on a PDF page with pdfkit's built-in fonts only (nothing embedded, nothing fetched). Helvetica
 * speaks WinAnsi (Western European Latin); the few signs a report needs beyond it (→ − ≥ ≤) are set in the
 * standard Symbol font, which pdfkit otherwise mislabels with WinAnsi encoding. Anything else outside
 * WinAnsi is transliterated (Ł → L, ő → o) or shown as "?", so a page never carries bytes that render as
 * something else.
 */

export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
const SYMBOL = 'Symbol';

/** Signs taken from the Symbol font: its code, glyph name and advance width (1/1000 em). */
const SYMBOL_GLYPHS: ReadonlyMap<string, { code: number; name: string; width: number }> = new Map([
  ['\u2192', { code: 0xae, name: 'arrowright', width: 987 }],
  // 549 in the font; a little more air keeps the sign from touching the digit after it.
  ['\u2212', { code: 0x2d, name: 'minus', width: 600 }],
  ['\u2265', { code: 0xb3, name: 'greaterequal', width: 549 }],
  ['\u2264', { code: 0xa3, name: 'lessequal', width: 549 }],
]);

/** What Helvetica's WinAnsi encoding has beyond Latin-1: the 0x80–0x9F block. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters that do not decompose into a base letter and a mark. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ſ: 's',
  Ŧ: 'T',
  ŧ: 't',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
};

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** The text as Helvetica and Symbol can show it. */
export function printable(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (char === '\n' || inWinAnsi(char) || SYMBOL_GLYPHS.has(char)) out += char;
    else if (TRANSLITERATIONS[char] !== undefined) out += TRANSLITERATIONS[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?';
    }
  }
  return out;
}

interface Run {
  symbol: boolean;
  text: string;
}

function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const char of printable(text)) {
    const symbol = SYMBOL_GLYPHS.has(char);
    const last = out.at(-1);
    if (last && last.symbol === symbol) last.text += char;
    else out.push({ symbol, text: char });
  }
  return out;
}

/** pdfkit's standard-font object, as far as this module reaches into it (pdfkit is pinned). */
interface StandardFontInternals {
  dictionary: { data: Record<string, unknown>; end(): void } | null;
  ascender: number;
  descender: number;
  lineGap: number;
  embed(): void;
  font: {
    encodeText(text: string): string[];
    glyphsForString(text: string): string[];
    glyphWidths: Record<string, number>;
  };
}

/**
 * Makes the document's Symbol font usable: its own built-in encoding (with widths, so every viewer spaces
 * it alike) and Helvetica's line metrics, so a sign sits on the same baseline as the text around it.
 */
export function installSymbolFont(doc: PDFKit.PDFDocument): void {
  doc.font(SYMBOL);
  const font = (doc as unknown as { _font: StandardFontInternals })._font;
  const glyphs = [...SYMBOL_GLYPHS.values()];
  const first = Math.min(...glyphs.map((g) => g.code));
  const last = Math.max(...glyphs.map((g) => g.code));
  const widths = Array.from(
    { length: last - first + 1 },
    (_, i) => glyphs.find((g) => g.code === first + i)?.width ?? 0,
  );
  font.embed = () => {
    if (!font.dictionary) return;
    font.dictionary.data = {
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Symbol',
      FirstChar: first,
      LastChar: last,
      Widths: widths,
    };
    font.dictionary.end();
  };
  font.font.encodeText = (text) => [...text].map((c) => (SYMBOL_GLYPHS.get(c)?.code ?? 0x20).toString(16));
  font.font.glyphsForString = (text) => [...text].map((c) => SYMBOL_GLYPHS.get(c)?.name ?? 'space');
  for (const glyph of glyphs) font.font.glyphWidths[glyph.name] = glyph.width;
  font.ascender = 718;
  font.descender = -207;
  font.lineGap = 231;
  doc.font(FONT);
}

export interface WriteOptions extends PDFKit.Mixins.TextOptions {
  font?: string;
  size?: number;
  color?: string;
}

/** Writes text at (x, y), switching to Symbol for the signs Helvetica lacks; returns the y below it. */
export function write(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: WriteOptions = {}): number {
  const { font = FONT, size = 9, color = '#1a1a1a', ...textOptions } = options;
  const parts = runs(text);
  if (parts.length === 0) return y;
  doc.fontSize(size).fillColor(color);
  parts.forEach((part, index) => {
    doc.font(part.symbol ? SYMBOL : font);
    const partOptions = { ...textOptions, continued: index < parts.length - 1 };
    if (index === 0) doc.text(part.text, x, y, partOptions);
    else doc.text(part.text, partOptions);
  });
  doc.font(FONT);
  return doc.y;
}

/** Height the text will take at this width (the Symbol signs measured by Helvetica look-alikes). */
export function heightOf(doc: PDFKit.PDFDocument, text: string, width: number, options: WriteOptions = {}): number {
  const { font = FONT, size = 9, ...textOptions } = options;
  const lookalike = printable(text)
    .replace(/\u2192/g, '->')
    .replace(/[\u2212\u2265\u2264]/g, '+');
  doc.font(font).fontSize(size);
  const height = doc.heightOfString(lookalike, { ...textOptions, width });
  doc.font(FONT);
  return height;
}

/** Width of a single line of text. */
export function widthOf(doc: PDFKit.PDFDocument, text: string, options: WriteOptions = {}): number {
  const { font = FONT, size = 9 } = options;
  const lookalike = printable(text)
    .replace(/\u2192/g, '->')
    .replace(/[\u2212\u2265\u2264]/g, '+');
  doc.font(font).fontSize(size);
  const width = doc.widthOfString(lookalike);
  doc.font(FONT);
  return width;
}
