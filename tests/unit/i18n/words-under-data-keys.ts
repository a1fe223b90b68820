import { expectTranslated } from "./expect-translated";

// A few keys of the wizard's words share a name with a DataKey ("regulator",
// "month", "day") while holding words: fieldText.plan.regulator (the
// question), deadlineText.regulator (sentences about going to the DMHC) and
// each date message's "date-incomplete".month / .day ("… debe incluir un
// mes"). expectTranslated would demand those words be the same in both
// languages. This checks the module without them, then each of them on its
// own (under "apart:" and its dotted path, which is not a DataKey).

type Path = readonly string[];

function without(value: unknown, path: Path): unknown {
  const [key, ...rest] = path;
  if (key === undefined || !value || typeof value !== "object") return value;
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[key];
  else copy[key] = without(copy[key], rest);
  return copy;
}

const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

/** Every path in `value` that leads through "date-incomplete" to a "month" or "day" message. */
export function dateMessagePaths(value: unknown, path: string[] = []): string[][] {
  if (!value || typeof value !== "object") return [];
  if (path.at(-1) === "date-incomplete") return ["month", "day"].filter((key) => key in value).map((key) => [...path, key]);
  return Object.entries(value).flatMap(([key, child]) => dateMessagePaths(child, [...path, key]));
}

export function expectTranslatedApart(
  english: unknown,
  spanish: unknown,
  apart: readonly Path[],
  options: Parameters<typeof expectTranslated>[2] = {},
) {
  if (apart.some((path) => at(english, path) === undefined)) throw new Error("A path set apart is not in the English module");
  const rest = (module: unknown) => apart.reduce((value, path) => without(value, path), module);
  expectTranslated(rest(english), rest(spanish), options);
  // Under "apart:" and its dotted path (never a DataKey), so a problem names where it is: "apart:plan.regulator.label".
  for (const path of apart) {
    const key = `apart:${path.join(".")}`;
    expectTranslated({ [key]: at(english, path) }, { [key]: at(spanish, path) }, options);
  }
}
