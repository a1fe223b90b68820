/** Words that appear on every page. */
export const siteText = {
  name: "Second opinion request helper",
  description:
    "Help for California health-plan members asking their plan to cover a second medical opinion: your rights, your deadlines and a ready-to-send letter.",
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
