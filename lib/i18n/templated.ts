// Words that are functions of one value ("Your letter has downloaded: {file}")
// cannot travel from a server page to a client component. `templated` calls
// each with a placeholder, so they travel as strings; `fillValue` puts the
// value in, in the browser.

const PLACEHOLDER = "{value}";

export type Templated<T> = T extends (value: string) => string ? string : T extends object ? { [K in keyof T]: Templated<T[K]> } : T;

export function templated<T>(words: T): Templated<T> {
  if (typeof words === "function") return (words as (value: string) => string)(PLACEHOLDER) as Templated<T>;
  if (words && typeof words === "object") {
    return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, templated(value)])) as Templated<T>;
  }
  return words as Templated<T>;
}

export const fillValue = (template: string, value: string) => template.replace(PLACEHOLDER, value);
