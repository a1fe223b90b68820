import { SourceNote } from "@/components/rules/source-note";
import type { DocumentLanguage } from "@/lib/documents/language";
import type { AuthorizationPageWords } from "./print-view-words";

/** What else to use besides the letter: the plan's own form, and DMHC's form for a DMHC plan. Not printed. */
export function AuthorizationNotes({ dmhc, language, words }: { dmhc: boolean; language: DocumentLanguage; words: Pick<AuthorizationPageWords, "notesHeading" | "notLegalAdvice"> }) {
  const { authorizationNotes } = language.words;
  const notes = dmhc ? [authorizationNotes.planForm, authorizationNotes.dmhcForm] : [authorizationNotes.planForm];
  return (
    <section className="no-print" aria-labelledby="authorization-notes">
      <h2 className="heading-m" id="authorization-notes">
        {words.notesHeading}
      </h2>
      <ul className="list">
        {notes.map((note) => (
          <li key={note.sourceId}>
            {note.text} <SourceNote source={language.legal.citationFor(note.sourceId)} />
          </li>
        ))}
      </ul>
      <p className="secondary">{words.notLegalAdvice}</p>
    </section>
  );
}
