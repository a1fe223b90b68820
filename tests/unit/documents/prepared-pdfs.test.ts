// The files made ahead for the Documents page: a click gets the file for the
// answers on screen, never one made from older answers, and a file that
// failed is made again on the next click.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentInput, RenderedPdf } from "@/lib/documents/types";

const makePdfInWorker = vi.fn<(kind: string, input: DocumentInput, locale: string) => Promise<RenderedPdf>>();
vi.mock("@/lib/documents/pdf-worker-client", () => ({ makePdfInWorker }));

const { pdfFor } = await import("@/lib/documents/prepared-pdfs");

const input = (memberId: string) => ({ request: { plan: { memberId } }, rules: {}, today: "2026-12-21" }) as unknown as DocumentInput;
const file = (name: string): RenderedPdf => ({ blob: new Blob([name]), fileName: `${name}.pdf` });

describe("files prepared ahead", () => {
  beforeEach(() => {
    makePdfInWorker.mockReset();
    makePdfInWorker.mockImplementation(async (kind, answers) => file(`${kind}-${(answers.request.plan as { memberId: string }).memberId}`));
  });

  it("the click after preparing gets the prepared file, without making it again", async () => {
    const prepared = pdfFor("letter", input("A-1"), "en");
    const clicked = pdfFor("letter", input("A-1"), "en");
    expect(await clicked).toBe(await prepared);
    expect(makePdfInWorker).toHaveBeenCalledTimes(1);
  });

  it("a changed answer makes a new file: the old one is never served", async () => {
    await pdfFor("checklist", input("B-1"), "en");
    const after = await pdfFor("checklist", input("B-2"), "en");
    expect(after.fileName).toBe("checklist-B-2.pdf");
    expect(makePdfInWorker).toHaveBeenCalledTimes(2);
  });

  it("each document has its own file", async () => {
    const letter = await pdfFor("letter", input("C-1"), "en");
    const checklist = await pdfFor("checklist", input("C-1"), "en");
    expect([letter.fileName, checklist.fileName]).toEqual(["letter-C-1.pdf", "checklist-C-1.pdf"]);
  });

  it("a file that could not be made is made again on the next click", async () => {
    makePdfInWorker.mockRejectedValueOnce(new Error("offline"));
    await expect(pdfFor("grievance", input("D-1"), "en")).rejects.toThrow("offline");
    await Promise.resolve();
    expect((await pdfFor("grievance", input("D-1"), "en")).fileName).toBe("grievance-D-1.pdf");
    expect(makePdfInWorker).toHaveBeenCalledTimes(2);
  });

  it("each language has its own file: the letter in Spanish and in English for the same answers are two files", async () => {
    makePdfInWorker.mockImplementation(async (kind, answers, locale) => file(`${kind}-${locale}-${(answers.request.plan as { memberId: string }).memberId}`));
    const spanish = await pdfFor("letter", input("E-1"), "es");
    const english = await pdfFor("letter", input("E-1"), "en");
    expect(spanish.fileName).toBe("letter-es-E-1.pdf");
    expect(english.fileName).toBe("letter-en-E-1.pdf");
    expect(makePdfInWorker.mock.calls.map(([, , locale]) => locale)).toEqual(["es", "en"]);
    // Both stay prepared: asking again for either makes nothing new.
    expect(await pdfFor("letter", input("E-1"), "es")).toBe(spanish);
    expect(await pdfFor("letter", input("E-1"), "en")).toBe(english);
    expect(makePdfInWorker).toHaveBeenCalledTimes(2);
  });
});
