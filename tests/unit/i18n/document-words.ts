import { expect } from "vitest";
import { numbersIn } from "./expect-translated";

// Helpers for the documents' Spanish words: the PDFs can show only
// Windows-1252 characters, and a Spanish sentence built by a function must
// carry the English one's numbers without being the English one.

// Bytes 0x80-0x9F of Windows-1252 (five are unassigned), then 0xA0-0xFF, which are Latin-1.
// Written out because Node's TextDecoder("windows-1252") decodes as Latin-1.
const CP1252_80_9F = "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
const CP1252_HIGH = CP1252_80_9F + String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i));

/** The characters of `text` that Windows-1252 cannot encode (so the PDFs would show "?"). */
const outsideCp1252 = (text: string) => [...text].filter((c) => c.charCodeAt(0) > 127 && !CP1252_HIGH.includes(c));

/** Every string in a module (functions are called by their own tests). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

export function expectCp1252(texts: readonly string[]) {
  expect(texts.flatMap((text) => outsideCp1252(text).map((c) => ({ text, character: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` })))).toEqual([]);
}

/** A Spanish sentence made by a function: the same numbers as the English one, not the English one, Windows-1252 only. */
export function expectSpanishSentence(english: string, spanish: string) {
  expect(numbersIn(spanish)).toEqual(numbersIn(english));
  expect(spanish).not.toBe(english);
  expectCp1252([spanish]);
}
