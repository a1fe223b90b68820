import { describe, expect, it } from "vitest";
import { downloadText } from "@/content/documents/page";
import { downloadText as spanishDownloadText } from "@/content/es/documents/page";
import { fillValue, templated } from "@/lib/i18n/templated";

describe("words with a value travel from the server as templates", () => {
  it.each([
    ["English", downloadText],
    ["Spanish", spanishDownloadText],
  ] as const)("%s download words read the same once filled", (_language, words) => {
    const sent = JSON.parse(JSON.stringify(templated(words))) as ReturnType<typeof templated<typeof words>>;
    expect(fillValue(sent.letter.done, "carta.pdf")).toBe(words.letter.done("carta.pdf"));
    expect(fillValue(sent.otherLanguage.grievance.done, "queja.pdf")).toBe(words.otherLanguage.grievance.done("queja.pdf"));
    expect(fillValue(sent.unshown, "ą ę")).toBe(words.unshown("ą ę"));
    expect(sent.letter.download).toBe(words.letter.download);
  });
});
