// Registers the offline service worker (public/sw.js, built by
// scripts/build-sw.mjs) once the page has loaded and then had a few seconds to
// itself: caching the app (about 1.1 MB) takes CPU that a slow phone needs for
// the page's own start (registering at `load` cost Lighthouse 10-20 points on
// a busy 2-core host). Included only in production builds (app/layout.tsx).
if ("serviceWorker" in navigator) {
  const register = () => navigator.serviceWorker.register("/sw.js").catch(() => {});
  const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 5000 }) : register());
  const later = () => setTimeout(whenIdle, 5000);
  if (document.readyState === "complete") later();
  else addEventListener("load", later, { once: true });
}
