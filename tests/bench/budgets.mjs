// The quality bars of issue 6, in one place. Scripts and tests read them from here.
export const budgets = {
  /** Every route's first-load JS (gzip) at most this times Next's own baseline page (/_not-found). */
  firstLoadRatio: 1.25,
  /** No route may load the PDF renderer up front. */
  rendererUpFront: false,
  /**
   * The schema library (zod/mini), loaded after the page shows, at most this many KiB gzip.
   * Tree-shaken it is about 18 KiB; a namespace import (`import("zod/mini")`) brings all of it
   * with every locale, about 59 KiB, and a long task on a slow phone.
   */
  schemaLibraryKiB: 25,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 95 },
  load: { errors: 0, non2xx: 0 },
};
