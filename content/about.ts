export const aboutText = {
  sections: [
    {
      heading: "What this tool is",
      paragraphs: [
        "This free guide is for people with a health plan in California who want the plan to cover a second medical opinion. It shows the rules for your kind of plan. It works out the dates your plan should answer by. It also fills in a request letter and a records checklist.",
        "It gives general information, not legal advice. Plans may count days their own way, so we show dates as “on or about”. If you need advice about your own case, the Health Consumer Alliance gives free help.",
      ],
    },
    {
      heading: "Your privacy",
      paragraphs: [
        "Everything you type stays in your browser on this device. There are no accounts. Nothing you enter is sent to us or to anyone else. The letter and checklist are made on your device.",
        "This site uses no cookies, no analytics and no tracking. It loads nothing from other websites.",
        "If you use a shared or public computer, delete your answers when you finish.",
      ],
    },
    {
      heading: "Where the rules come from",
      paragraphs: [
        "The rules come from two sets of California laws: the Health and Safety Code and the Insurance Code. They also come from the public web pages of two state offices: the Department of Managed Health Care and the California Department of Insurance. Each rule on this site shows its source.",
      ],
    },
  ],
};
