/**
 * Keys whose values are data, not words: ids, sources, routes, units, numbers.
 * A translation keeps them exactly (tests/unit/i18n checks it), so that a
 * Spanish rule can never point at a different law, phone number or page.
 */
export type DataKey =
  | "id"
  | "kind"
  | "route"
  | "url"
  | "number"
  | "amount"
  | "unit"
  | "sourceId"
  | "sourceIds"
  | "parallelSourceId"
  | "dmhcSourceId"
  | "cdiSourceId"
  | "statuteSourceId"
  | "grievanceSourceId"
  | "contactIds"
  | "dmhcContactIds"
  | "cdiContactIds"
  | "imrClockId"
  | "scope"
  | "regulator"
  | "month"
  | "day"
  | "weekday"
  | "n"
  | "daysAfter"
  | "stateOfficesClose"
  | "dates"
  | "saturdayToFriday"
  | "verify";

/**
 * The shape of a module of words in another language: the same keys as the
 * English module, every word free to differ, every data key (DataKey) the
 * same type. A missing or extra key fails `tsc`.
 */
export type Translated<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Translated<R>
    : T extends readonly (infer U)[]
      ? readonly Translated<U>[]
      : T extends object
        ? { readonly [K in keyof T]: K extends DataKey ? T[K] : Translated<T[K]> }
        : T;
