// The PDFs use the built-in Helvetica, which can draw only the Windows-1252
// ("WinAnsi") characters: ASCII, Latin-1 and a few typographic signs. Anything
// else would be drawn as the wrong glyph, so text is mapped before it reaches
// the renderer: accents Helvetica lacks are dropped from their letter (ő → o),
// a few common signs get an ASCII stand-in, emoji are left out, and any other
// character (Hebrew, Arabic, Chinese…) becomes "?". The print view shows the
// member's text exactly as typed; the Documents page says so when this happens.

/** Characters 0x80–0x9F of Windows-1252, by their Unicode code point. */
const WIN_ANSI_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
]);

/** Whether built-in Helvetica can draw this code point. */
function isDrawable(codePoint: number): boolean {
  if (codePoint === 0x0a) return true; // line break, handled by the layout
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint !== 0xad; // not the soft hyphen
  return WIN_ANSI_EXTRAS.has(codePoint);
}

/** Stand-ins for common characters outside Windows-1252. */
const STAND_INS: Record<string, string> = {
  "ł": "l",
  "Ł": "L",
  "đ": "d",
  "Đ": "D",
  "ı": "i",
  "ħ": "h",
  "Ħ": "H",
  "ŧ": "t",
  "Ŧ": "T",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "−": "-",
  "―": "—",
  "′": "'",
  "″": '"',
  "‛": "'",
  "‟": '"',
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "≈": "~",
  "№": "No.",
  "℃": "°C",
  "℉": "°F",
};

/** Space-like characters that should simply be spaces. */
const SPACES = /[\t\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;
/** Characters that draw nothing: joiners, direction marks, variation selectors, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff]|\u{e0001}|[\u{e0020}-\u{e007f}]|[\u{1f3fb}-\u{1f3ff}]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
const COMBINING_MARK = /\p{M}/u;

/** The replacement for a character Helvetica cannot draw. */
const UNDRAWABLE_MARK = "?";

function mapCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (isDrawable(codePoint)) return char;
  if (CONTROL.test(char)) return "";
  if (EMOJI.test(char)) return "";
  const standIn = STAND_INS[char];
  if (standIn !== undefined) return standIn;
  // A letter with an accent Helvetica lacks: keep the letter, drop the accent.
  const decomposed = char.normalize("NFD");
  if (decomposed !== char) {
    const base = [...decomposed].filter((part) => !COMBINING_MARK.test(part)).join("");
    if (base && [...base].every((part) => isDrawable(part.codePointAt(0) ?? 0))) {
      // Keep any accent Helvetica has (e.g. ễ → ê), otherwise the bare letter.
      const partial = base + [...decomposed].filter((part) => COMBINING_MARK.test(part)).slice(0, 1).join("");
      const recomposed = partial.normalize("NFC");
      return [...recomposed].every((part) => isDrawable(part.codePointAt(0) ?? 0)) ? recomposed : base;
    }
  }
  // Compatibility forms: full-width letters, ligatures, superscripts (ﬁ → fi).
  const compatible = char.normalize("NFKC");
  if (compatible !== char && [...compatible].every((part) => isDrawable(part.codePointAt(0) ?? 0))) {
    return compatible;
  }
  if (COMBINING_MARK.test(char)) return "";
  return UNDRAWABLE_MARK;
}

/** Text as the PDF will draw it. */
export function toPdfText(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(SPACES, " ").replace(INVISIBLE, "").normalize("NFC");
  let out = "";
  for (const char of normalized) out += mapCharacter(char);
  // A left-out emoji would leave two spaces behind.
  return out.replace(/ {2,}/g, " ");
}

/** True when Helvetica can draw every character as typed: most answers, which then need no closer look. */
function isAllDrawable(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (!isDrawable(text.charCodeAt(index))) return false;
  }
  return true;
}

// Made only when an answer has a character Helvetica cannot draw: the first
// grapheme segmenter costs tens of milliseconds on a phone (it loads the
// Unicode break rules), and the Documents page asks on every load.
let segmenter: Intl.Segmenter | undefined;
const graphemeSegmenter = () => (segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" }));

/**
 * The characters in `texts` that the PDF cannot show as typed (left out or
 * shown as "?"), without duplicates, in the order they first appear.
 */
export function undrawableCharacters(texts: readonly (string | undefined)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text || isAllDrawable(text)) continue;
    for (const { segment } of graphemeSegmenter().segment(text.normalize("NFC"))) {
      if (/^\s+$/u.test(segment)) continue;
      const mapped = toPdfText(segment);
      const leftOut = mapped === "" && EMOJI.test(segment);
      if (leftOut || (mapped.includes(UNDRAWABLE_MARK) && !segment.includes(UNDRAWABLE_MARK))) found.add(segment);
    }
  }
  return [...found];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for the document's properties (title, author, subject). These are
 * stored as Unicode, so every character is kept, but broken surrogate pairs
 * and control characters are not valid there, and a reader's title bar has
 * no room for an essay.
 */
export function toMetadataText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = text.replace(LONE_SURROGATE, "\uFFFD").replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
  const characters = [...clean];
  return characters.length > 200 ? `${characters.slice(0, 199).join("")}…` : clean;
}
