/** Words that appear on every page. */
export const siteText = {
  name: "Second opinion request helper",
  description:
    "Ask your California health plan to cover a second medical opinion. See your rights and your deadlines, and get a letter ready to send.",
  disclaimer: "General information, not legal advice.",
  privacy: "Your answers stay on this device. Nothing you type is sent to us or anyone else.",
  navigation: [
    { href: "/rights", label: "Your rights" },
    { href: "/if-denied", label: "If your request was denied" },
    { href: "/about", label: "About and privacy" },
  ],
  footerLinks: [
    { href: "/rights", label: "Your rights" },
    { href: "/if-denied", label: "If your request was denied" },
    { href: "/about", label: "About and privacy" },
  ],
};
