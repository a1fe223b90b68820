import { describe, expect, it } from "vitest";
import { californiaHolidayCalendar } from "@/content/legal/holidays";
import { californiaHolidayCalendar as spanish } from "@/content/es/legal/holidays";
import { holidaysInYear } from "@/lib/dates/california-holidays";
import { expectTranslated } from "./expect-translated";

describe("California's holidays, in Spanish", () => {
  it("translates every name, note and tier, and keeps every id, rule, date and source", () => {
    expectTranslated(californiaHolidayCalendar, spanish, {
      sameInBoth: [
        "Juneteenth", // the holiday's own name, used as is in Spanish
        "Diwali", // the festival's own name
      ],
    });
  });

  it("gives the names California's Spanish pages use", () => {
    const name = (id: string) => spanish.holidays.find((holiday) => holiday.id === id)?.name;
    expect(name("new-years-day")).toBe("Día de Año Nuevo");
    expect(name("martin-luther-king-jr-day")).toBe("Día de Martin Luther King Jr.");
    expect(name("cesar-chavez-day")).toBe("Día de César Chávez");
    expect(name("thanksgiving-day")).toBe("Día de Acción de Gracias");
  });

  it.each([2025, 2026, 2027, 2031, 2036])("counts the same days in %i with either calendar, named in Spanish", (year) => {
    for (const tier of ["latest", "likely"] as const) {
      const english = holidaysInYear(year, tier);
      const inSpanish = holidaysInYear(year, tier, spanish);
      expect(inSpanish.map(({ id, date, observed }) => ({ id, date, observed }))).toEqual(
        english.map(({ id, date, observed }) => ({ id, date, observed })),
      );
      inSpanish.forEach((holiday, index) => {
        if (!["Juneteenth", "Diwali"].includes(holiday.name)) expect(holiday.name).not.toBe(english[index]?.name);
      });
    }
  });
});
