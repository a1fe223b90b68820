import type { Translated } from "@/lib/i18n/translated";

/** The words for saving the answers to a file and opening them again, on this device or another one. */
export const answersFileText = {
  heading: "Move your answers to another device",
  intro:
    "Your answers are kept only in this browser. To go on with them on another device or in another browser, save them to a file. Then open that file there.",
  warning: "The file holds your health information. Keep it safe and only share it with people you trust.",
  save: {
    button: "Save my answers to a file",
    savedTo: "Your answers were saved to the file",
    savedWhere: "Look for it where your downloads go.",
    failed: "Your answers could not be saved to a file. Try again, or try another browser.",
  },
  open: {
    heading: "Open saved answers",
    label: "Open saved answers",
    hint: "Choose a file you made with “Save my answers to a file”. It is read on this device and not sent anywhere.",
    reading: "Reading the file…",
  },
  summary: {
    heading: "This file holds",
    name: "Name",
    plan: "Plan",
    carryOn: "Where you left off",
    savedOn: "Saved on",
    notGiven: "Not given yet",
    review: "Check your answers",
  },
  confirm: {
    replaceWarning: "These answers will replace the answers on this device. You cannot undo this.",
    replace: "Replace the answers on this device",
    use: "Use these answers",
    cancel: "Cancel",
  },
  opened: "The answers from the file are now saved on this device.",
  carryOn: "Continue where you left off",
  problems: {
    "not-ours": "This file is not a file of saved answers from this tool. Nothing was changed.",
    damaged: "This file is damaged, so we could not read it. Nothing was changed.",
    newer: "This file was saved by a newer version of this tool, so we cannot read it. Reload this page to get the newest version, then try again. Nothing was changed.",
    "too-large": "This file is too big to be saved answers. Files of saved answers are smaller than 1 MB. Nothing was changed.",
  },
} as const;

export type AnswersFileWords = Translated<typeof answersFileText>;
