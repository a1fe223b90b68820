import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldLine, refold, reminderToIcs } from "@/lib/calendar/ics";
import { remindersFrom, type Reminder } from "@/lib/calendar/reminders";
import { english } from "@/lib/next-steps/language-en";
import { spanish } from "@/lib/next-steps/language-es";
import { reminderText as spanishWords } from "@/content/es/next-steps";
import { californiaWinter, requestFor, type Entry } from "../next-steps/request";

// The reminders in Spanish, and lines folded by octets (RFC 5545 §3.1).

const octets = (text: string) => new TextEncoder().encode(text).length;

function spanishReminders(entry: Entry, now: Date): Reminder[] {
  const request = requestFor(entry);
  return remindersFrom(spanish.reminders)(request, spanish.deriveRules(request, now), now);
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
}

/** Every physical line of a file: at most 75 octets, and valid UTF-8 on its own (no character cut). */
function expectFolded(text: string) {
  const lines = text.split("\r\n");
  for (const line of lines) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no surrogate half at a line's end
  }
}

describe("foldLine: at most 75 octets a line, never splitting a character", () => {
  const cases: { name: string; line: string }[] = [
    { name: "short ASCII", line: "SUMMARY:Hola" },
    { name: "exactly 75 octets", line: `X:${"a".repeat(73)}` },
    { name: "76 octets", line: `X:${"a".repeat(74)}` },
    { name: "accents (2 octets each) across the edge", line: `DESCRIPTION:${"á".repeat(100)}` },
    { name: "an accent right at the 75th octet", line: `X:${"a".repeat(72)}ñbcdef` },
    { name: "3-octet characters (narrow no-break space)", line: `X:${"\u202F".repeat(60)}` },
    { name: "4-octet characters (emoji)", line: `X:${"😀".repeat(40)}` },
    { name: "Spanish prose", line: `DESCRIPTION:${spanishWords.followUpCall.description("alrededor del miércoles, 30 de diciembre de 2026")}` },
  ];

  it.each(cases)("$name", ({ line }) => {
    const folded = foldLine(line);
    expectFolded(folded);
    // Unfolding (RFC 5545: remove CRLF and one space) gives the line back.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    if (octets(line) <= 75) expect(folded).toBe(line);
    folded.split("\r\n").slice(1).forEach((continuation) => expect(continuation.startsWith(" ")).toBe(true));
  });

  it("refolds the ics package's own (75-character) folding", () => {
    const packageFolded = `BEGIN:VEVENT\r\nDESCRIPTION:${"é".repeat(75)}\r\n\t${"é".repeat(20)}\r\nEND:VEVENT\r\n`;
    const text = refold(packageFolded);
    expectFolded(text);
    expect(text.replace(/\r\n /g, "")).toBe(`BEGIN:VEVENT\r\nDESCRIPTION:${"é".repeat(95)}\r\nEND:VEVENT\r\n`);
  });
});

describe("calendar reminders in Spanish", () => {
  const now = californiaWinter("2026-12-21");

  it("titles, descriptions and file names in Spanish, with Spanish dates, folded by octets", () => {
    const list = spanishReminders({ received: "2026-12-18", outcome: "waiting" }, now);
    expect(list.map((reminder) => reminder.id)).toEqual(["decisionDue", "followUpCall"]);
    const [due, call] = list as [Reminder, Reminder];
    expect(due.label).toBe(spanishWords.decisionDue.label);
    const file = reminderToIcs(due, now);
    expect(file.fileName).toBe("decision-del-plan-2026-12-28.ics");
    expectFolded(file.text);
    const event = parse(file.text);
    expect(event.startDate.toString()).toBe("2026-12-28");
    expect(event.summary).toBe("Segunda opinión: el plan debería decidir");
    expect(event.description).toContain("alrededor del lunes, 28 de diciembre de 2026");
    expect(event.description).toContain("Información general, no asesoría legal.");
    // The reminder's own words, and the deadline's summary from the Spanish rules.
    expect(event.description).not.toMatch(/on or about|Monday|December|plan should/);
    expect(event.description).toContain("El plan debería decidir alrededor del lunes, 28 de diciembre de 2026.");

    const callFile = reminderToIcs(call, now);
    expect(callFile.fileName).toBe("llamada-de-seguimiento-2026-12-29.ics");
    expectFolded(callFile.text);
    expect(parse(callFile.text).summary).toBe("Segunda opinión: llame al plan si no hay respuesta");
  });

  it("a timed (72-hour) reminder names the California hour in Spanish", () => {
    const list = spanishReminders({ urgent: true, received: "2026-12-18", time: "15:00", outcome: "waiting" }, californiaWinter("2026-12-20"));
    const due = list.find((reminder) => reminder.id === "decisionDue")!;
    expect(due.title).toBe("Segunda opinión: el plan debería decidir a más tardar a las 3:00 p. m., hora de California");
    const file = reminderToIcs(due, now);
    expectFolded(file.text);
    expect(parse(file.text).summary).toBe(due.title);
    expect(file.text).toMatch(/DTSTART:20261221T230000Z/);
  });

  it.each([
    { name: "grievance answer due", entry: { urgent: true, received: "2026-12-18", outcome: "denied", denial: "2026-12-20", grievanceFiled: "2026-12-21" } as Entry, id: "grievanceAnswerDue", file: "respuesta-a-la-queja-formal-2026-12-24.ics" },
    { name: "IMR apply-by", entry: { urgent: true, received: "2026-12-18", outcome: "denied", denial: "2026-12-20", grievanceFiled: "2026-12-21" } as Entry, id: "imrApplyBy", file: "solicitar-revision-medica-independiente-2027-06-20.ics" },
  ])("$name: Spanish file name and title", ({ entry, id, file }) => {
    const reminder = spanishReminders(entry, now).find((candidate) => candidate.id === id)!;
    const made = reminderToIcs(reminder, now);
    expect(made.fileName).toBe(file);
    expectFolded(made.text);
    expect(parse(made.text).summary).toBe(spanishWords[id as "grievanceAnswerDue" | "imrApplyBy"].title);
  });

  it("gives the same dates as the English reminders", () => {
    for (const entry of [
      { received: "2027-02-10", outcome: "waiting" },
      { received: "2027-02-10", outcome: "waiting", planGiven: "2027-02-26", planGivenInWriting: true },
      { urgent: true, received: "2026-12-18", outcome: "denied", denial: "2026-12-20", grievanceFiled: "2026-12-21" },
    ] as Entry[]) {
      const at = californiaWinter("2027-02-11");
      const request = requestFor(entry);
      const inEnglish = remindersFrom(english.reminders)(request, english.deriveRules(request, at), at);
      const inSpanish = spanishReminders(entry, at);
      expect(inSpanish.map(({ id, date, time }) => ({ id, date, time }))).toEqual(inEnglish.map(({ id, date, time }) => ({ id, date, time })));
      inSpanish.forEach((reminder, index) => expect(reminder.title).not.toBe(inEnglish[index]!.title));
    }
  });

  it("folds the English files too", () => {
    const list = remindersFrom(english.reminders)(requestFor({ received: "2026-12-18", outcome: "waiting" }), english.deriveRules(requestFor({ received: "2026-12-18", outcome: "waiting" }), now), now);
    for (const reminder of list) expectFolded(reminderToIcs(reminder, now).text);
  });
});
