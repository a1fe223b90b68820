// Registers the offline service worker (public/sw.js, built by
// scripts/build-sw.mjs) after the page has loaded, so it never competes with
// the page's own start. Included only in production builds (app/layout.tsx).
if ("serviceWorker" in navigator) {
  const register = () => navigator.serviceWorker.register("/sw.js").catch(() => {});
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
