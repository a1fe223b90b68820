// Words of the Documents page, the download buttons and the print views.

export const documentsPageText = {
  title: "Your request letter and records checklist",
  intro: "Sign the letter and send it to your plan, with copies of your records. Use the checklist to gather them and to keep track of what you sent and when.",
  madeOnThisDevice: "The PDFs are made on this device. Your answers are not sent anywhere.",
  missingHeading: "Some answers are missing from your letter",
  missingIntro: "Your letter will have gaps where these should be:",
  missingAction: "Check your answers",
  backToReview: "Back",
} as const;

export const downloadText = {
  letter: {
    heading: "Request letter",
    description: "Sign it and keep a copy. Send it to your plan the way member services told you: by mail, fax, the plan’s website or in person.",
    download: "Download letter (PDF)",
    busy: "Preparing your letter (PDF)…",
    print: "Print letter",
    done: (fileName: string) => `Your letter has downloaded: ${fileName}`,
  },
  checklist: {
    heading: "Records checklist",
    description: "The records to gather and send with your letter. It has space to write when you asked for each one and when you sent it.",
    download: "Download checklist (PDF)",
    busy: "Preparing your checklist (PDF)…",
    print: "Print checklist",
    done: (fileName: string) => `Your checklist has downloaded: ${fileName}`,
  },
  grievance: {
    heading: "Grievance letter",
    description:
      "A formal complaint to your plan about this request. It has your dates and the reference numbers from your calls. Sign it and keep a copy. Send it to your plan’s grievance department. Your plan booklet (Evidence of Coverage) says where, and so does the denial letter if you have one. It may not be where you sent your request.",
    download: "Download grievance letter (PDF)",
    busy: "Preparing your grievance letter (PDF)…",
    print: "Print grievance letter",
    done: (fileName: string) => `Your grievance letter has downloaded: ${fileName}`,
  },
  timeline: {
    heading: "My case so far",
    description: "Every date of your request on one page, in order: your calls and their reference numbers, when you sent your request, and the dates your plan must meet. Read from it when you call your plan or the state.",
    download: "Download my case so far (PDF)",
    busy: "Preparing my case so far (PDF)…",
    print: "Print my case so far",
    done: (fileName: string) => `My case so far has downloaded: ${fileName}`,
  },
  regulatorForm: {
    heading: "Answers for the regulator’s form",
    description:
      "Your answers set out in the order the state office’s form asks for them. It has a draft description of the problem, a list of what to attach and where to send it. It is not the form itself: you copy your answers into it.",
    download: "Download answers for the form (PDF)",
    busy: "Preparing your answers for the form (PDF)…",
    print: "Print answers for the form",
    done: (fileName: string) => `Your answers for the form have downloaded: ${fileName}`,
  },
  authorization: {
    heading: "Authorization for the person helping you",
    description:
      "A short letter you sign so your plan will talk with the person helping you about this request. Send it to your plan with your request letter, or as soon as you can.",
    download: "Download authorization (PDF)",
    busy: "Preparing your authorization (PDF)…",
    print: "Print authorization",
    done: (fileName: string) => `Your authorization has downloaded: ${fileName}`,
  },
  /** The request letter and the grievance letter in the other language than the page's: a second download on their cards. */
  // The same first sentence as the Spanish page's; only a Spanish reader is
  // told to keep the Spanish copy of an English letter, to know what it says.
  otherLanguage: {
    letter: {
      note: "You can send the letter in English or Spanish.",
      download: "Download the letter in Spanish (PDF)",
      busy: "Preparing your letter in Spanish (PDF)…",
      done: (fileName: string) => `Your letter in Spanish has downloaded: ${fileName}`,
    },
    grievance: {
      note: "You can send the grievance letter in English or Spanish.",
      download: "Download the grievance letter in Spanish (PDF)",
      busy: "Preparing your grievance letter in Spanish (PDF)…",
      done: (fileName: string) => `Your grievance letter in Spanish has downloaded: ${fileName}`,
    },
  },
  blankChecklist: "Print a blank checklist",
  failed:
    "Sorry, the PDF could not be made. Check your connection and try again. If it still does not work, use the print button instead. It has the same content.",
  unshownHeading: "Some characters will not show in the PDFs",
  unshown: (characters: string) =>
    `The PDFs can only use Latin letters. So they cannot show these characters you typed: ${characters}. In the PDFs, letters they cannot show appear as “?”, and emoji are left out. The printed versions show everything as you typed it.`,
} as const;

export const printViewText = {
  letter: {
    title: "Your request letter",
    intro: "This is the same letter as the PDF. Print it, sign it and send it to your plan.",
    print: "Print this letter",
  },
  checklist: {
    title: "Your records checklist",
    intro: "This is the same checklist as the PDF. Print it and check off each record as you gather and send it.",
    print: "Print this checklist",
  },
  grievance: {
    title: "Your grievance letter",
    intro: "This is the same letter as the PDF. Print it, sign it and send it to your plan’s grievance department.",
    print: "Print this letter",
    notRecorded:
      "This letter is for a request your plan denied or did not answer in time. You have not recorded either on Step 4, so the letter says the plan has not decided.",
    recordOutcome: "Record what happened on Step 4",
    back: "Back to what to do next",
  },
  timeline: {
    title: "My case so far",
    intro: "This is the same page as the PDF. Print it and keep it by the phone.",
    print: "Print this page",
  },
  blankChecklist: {
    title: "Blank records checklist",
    intro: "A checklist without your answers, to fill in by hand.",
    print: "Print this checklist",
  },
  back: "Back to your documents",
  loading: "Loading your answers…",
  /** Without JavaScript the Print button cannot work, so it is hidden and this shows instead. */
  printWithoutScript: "To print this page, use your browser’s own Print command (in its menu, or Ctrl+P).",
  done: "Done:",
} as const;
