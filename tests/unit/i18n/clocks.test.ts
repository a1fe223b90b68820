import { describe, expect, it } from "vitest";
import { clocks, getClock, type ClockId } from "@/content/legal/clocks";
import { clocks as spanishClocks, getClock as spanishGetClock } from "@/content/es/legal/clocks";
import { expectTranslated, numbersIn } from "./expect-translated";

describe("the clocks, in Spanish", () => {
  it("translates every name, text, start and caveat, and keeps every length, unit and source", () => {
    expectTranslated(clocks, spanishClocks);
  });

  it.each<ClockId>(["routine-decision", "urgent-decision", "imr-apply", "appointment-urgent"])(
    "getClock(%s) gives the same clock in Spanish words",
    (id) => {
      const english = getClock(id);
      const spanish = spanishGetClock(id);
      expect(spanish.id).toBe(english.id);
      expect(spanish.amount).toBe(english.amount);
      expect(spanish.unit).toBe(english.unit);
      expect(spanish.dmhcSourceId).toBe(english.dmhcSourceId);
      expect(spanish.cdiSourceId).toBe(english.cdiSourceId);
      for (const key of ["name", "text", "startsFrom", "caveat"] as const) {
        expect(numbersIn(spanish[key] ?? "")).toEqual(numbersIn(english[key] ?? ""));
        if (english[key]) expect(spanish[key]).not.toBe(english[key]);
      }
    },
  );

  it("getClock fails the same way for a clock with no length", () => {
    expect(() => getClock("delay-notice")).toThrow();
    expect(() => spanishGetClock("delay-notice")).toThrow(/delay-notice/);
  });
});
