// The quality bars of issue 6, in one place. Scripts and tests read them from here.
export const budgets = {
  /** Every route's first-load JS (gzip) at most this times Next's own baseline page (/_not-found). */
  firstLoadRatio: 1.25,
  /** No route may load the PDF renderer up front. */
  rendererUpFront: false,
  lighthouse: { performance: 95, accessibility: 100, "best-practices": 95 },
  load: { errors: 0, non2xx: 0 },
};
