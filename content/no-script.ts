import type { RouteKey } from "@/lib/routes";

/** Shown on the wizard's pages when JavaScript is off: without it the answers cannot be kept, and the page would wait for ever. */
export const noScriptText = {
  heading: "Turn on JavaScript to fill in your request",
  body: "The step-by-step request needs JavaScript. It uses JavaScript to keep your answers on this device, and only there. Turn JavaScript on in your browser, then reload this page.",
  linksIntro: "These pages work without JavaScript:",
  links: [
    { route: "rights", text: "Your rights" },
    { route: "ifDenied", text: "If your request was denied" },
    { route: "blankChecklist", text: "A blank records checklist to print and fill in by hand" },
  ] satisfies { route: RouteKey; text: string }[],
};
