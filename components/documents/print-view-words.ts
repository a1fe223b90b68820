// The words a print view's page hands it: plain strings, so a server page
// can pass them in its own language.

/** Every print view's toolbar. */
export type PrintViewWords = {
  title: string;
  intro: string;
  print: string;
  /** "Loading your answers…", until the saved answers are read. */
  loading: string;
  /** "Back to your documents" (or where the document is offered). */
  back: string;
  printWithoutScript: string;
};

/** Pages whose document is offered on Step 4: a notice when the answers do not call for it yet. */
export type NoticeWords = { notice: string; recordOutcome: string };

/** The authorization's page: what to say with no helper, and the notes beside the letter. */
export type AuthorizationPageWords = { noHelper: string; noHelperAction: string; notesHeading: string; notLegalAdvice: string };
