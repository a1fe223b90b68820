/** Words that appear on every page. */
export const siteText = {
  /** When part of a page could not load (the connection dropped): shown with every page, since loading is what failed. */
  loadFailed: {
    loadFailed:
      "Part of this page could not load, so we cannot show or save your answers here yet. Anything already saved on this device is kept. Check your connection, then reload the page.",
    reload: "Reload the page",
  },
  name: "Second opinion request helper",
  /** Under the icon on a phone's home screen (the web app manifest's short_name). */
  shortName: "Second opinion",
  description:
    "Ask your California health plan to cover a second medical opinion. See your rights and your deadlines, and get a letter ready to send.",
  disclaimer: "General information, not legal advice.",
  privacy: "Your answers stay on this device. Nothing you type is sent to us or anyone else.",
  /** The page for an address that does not exist (a mistyped or old link). */
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. If you typed it, check it. Your saved answers are still on this device.",
    startLink: "Go to the start page",
  },
  skipLink: "Skip to main content",
  navigationLabel: "Main",
  /** The footer's "Delete my answers", with its confirmation. */
  deleteAnswers: {
    button: "Delete my answers",
    confirmHeading: "Delete all your answers?",
    confirmText: "This removes everything you entered from this device, including your call log. You cannot undo this.",
    confirm: "Yes, delete my answers",
    cancel: "No, keep my answers",
    deleted: "Your answers have been deleted from this device.",
  },
  navigation: [
    { route: "rights", label: "Your rights" },
    { route: "ifDenied", label: "If your request was denied" },
    { route: "about", label: "About and privacy" },
  ],
} as const;
