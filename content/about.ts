export const aboutText = {
  sections: [
    {
      heading: "What this tool is",
      paragraphs: [
        "A free guide for California health-plan members who want a second medical opinion covered by their plan. It explains the rules for your kind of plan, works out the dates your plan should answer by, and fills in a request letter and a records checklist.",
        "It gives general information, not legal advice. Plans may count days their own way, so dates are shown as “on or about”. If you need advice about your situation, the Health Consumer Alliance gives free help.",
      ],
    },
    {
      heading: "Your privacy",
      paragraphs: [
        "Everything you type stays in your browser on this device. There are no accounts. Nothing you enter is sent to us or to anyone else: the letter and checklist are made on your device.",
        "This site uses no cookies, no analytics and no tracking. It loads nothing from other websites.",
        "If you use a shared or public computer, delete your answers when you finish.",
      ],
    },
    {
      heading: "Where the rules come from",
      paragraphs: [
        "The rules come from the California Health and Safety Code, the California Insurance Code and the public pages of the Department of Managed Health Care and the California Department of Insurance. Each rule on this site shows its source.",
      ],
    },
  ],
};
