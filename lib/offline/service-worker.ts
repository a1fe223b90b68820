/// <reference lib="webworker" />
// The offline service worker, bundled into public/sw.js by scripts/build-sw.mjs
// and registered by public/register-sw.js once a page has loaded.
//
// - Precaches every page, script, style and the PDF renderer of this build
//   (the list is put in place of self.__SW_MANIFEST at build time), and serves
//   them from the cache first, so after one visit the whole wizard, the
//   documents and their downloads work with no signal.
// - A new version installs beside the old one and waits: no skipWaiting, so an
//   open tab keeps the version it started with (its files stay in the cache
//   until the new worker activates, once every tab of the old one is closed).
// - Caches nothing else: only the build's own files are ever stored. The
//   member's answers live in localStorage, which this worker never reads, and
//   no request carries them.
import { Route, Serwist, type PrecacheEntry, type RouteMatchCallback, type SerwistPlugin } from "serwist";

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/**
 * A cached response as if it came for this very request: a response without a
 * URL of its own takes the request's, #fragment included. Turbopack starts the
 * documents' worker at a URL whose #params=… carry its set-up, and a worker
 * takes its response's URL: the precache's copy carries ?__WB_REVISION__=…
 * and no fragment.
 */
function asRequested(response: Response): Response {
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const servedAsRequested: SerwistPlugin = { handlerWillRespond: async ({ response }) => asRequested(response) };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // Removes the caches of older serwist versions' layouts (on activate only).
    cleanupOutdatedCaches: true,
    // A page is the same page with ?change=1, ?print=1 or any other query,
    // except Next's _rsc, which asks for the page's data (below), not its HTML.
    ignoreURLParametersMatching: [/^(?!_rsc$)/],
    plugins: [servedAsRequested],
    concurrency: 6,
  },
  skipWaiting: false,
  // On the first visit the page that registered the worker is taken over at
  // once (same build, same files), so it works offline without a reload.
  clientsClaim: true,
});

/** A link's navigation asking for a page's data (not a prefetch). */
const isPageData: RouteMatchCallback = ({ request, sameOrigin }) =>
  sameOrigin &&
  request.method === "GET" &&
  request.headers.get("RSC") === "1" &&
  !request.headers.has("Next-Router-Prefetch") &&
  !request.headers.has("Next-Router-Segment-Prefetch");

// Online, a page's data comes from the server as before. Offline, the page's
// HTML answers instead: Next's router then loads the page as a whole page,
// which this worker serves from the cache.
serwist.registerRoute(
  new Route(isPageData, async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const page = await serwist.matchPrecache(url.pathname);
      if (!page) throw error;
      return asRequested(page);
    }
  }),
);

serwist.addEventListeners();
