export const startPageText = {
  heading: "Ask your health plan to cover a second opinion",
  summary: [
    "Under California law, most people with a health plan can get a second medical opinion from another qualified doctor. The plan covers it, and you pay only your usual copay.",
    "This tool shows the rules for your kind of plan and the date your plan should answer by.",
    "It fills in a request letter and a records checklist you can download or print.",
  ],
  youNeed: [
    "your insurance card",
    "your doctor’s name",
    "your diagnosis, or the treatment your doctor recommended",
  ],
  timeNeeded: "It takes about 10 minutes. You can stop at any time and come back later.",
  privacy: "Your answers stay on this device. We do not have accounts and we never see what you type.",
  needHeading: "What you need",
  start: "Start now",
  beforeHeading: "Before you start",
  openHeading: "Answers saved on another device",
  before: [
    { route: "rights", link: "Your rights", text: "the rules for your kind of plan, side by side, with their sources." },
    { route: "ifDenied", link: "If your request was denied", text: "what to do next and by when." },
  ],
} as const;
