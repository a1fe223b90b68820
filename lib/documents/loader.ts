// Loads the PDF renderer on demand. The renderer is several hundred kilobytes,
// so no page loads it up front: the download buttons call `preloadRenderer()`
// when the member points at or focuses one, and `loadRenderer()` on click.
type Renderer = Pick<
  typeof import("./render-in-browser"),
  "renderLetterPdf" | "renderChecklistPdf" | "renderGrievancePdf" | "renderTimelinePdf" | "renderRegulatorFormPdf" | "renderAuthorizationPdf"
>;

let loading: Promise<Renderer> | undefined;

export function loadRenderer(): Promise<Renderer> {
  loading ??= import("./render-in-browser")
    .then(({ renderLetterPdf, renderChecklistPdf, renderGrievancePdf, renderTimelinePdf, renderRegulatorFormPdf, renderAuthorizationPdf }) => ({
      renderLetterPdf,
      renderChecklistPdf,
      renderGrievancePdf,
      renderTimelinePdf,
      renderRegulatorFormPdf,
      renderAuthorizationPdf,
    }))
    .catch((error: unknown) => {
      // Let the next attempt try again (a dropped connection, a new deploy).
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Starts loading without waiting; a failure here is reported on click instead. */
export function preloadRenderer(): void {
  loadRenderer().catch(() => undefined);
}
