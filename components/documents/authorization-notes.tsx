import { SourceNote } from "@/components/rules/source-note";
import { authorizationNotes, authorizationPageText } from "@/content/documents/authorization";
import { citationFor } from "@/lib/rules/citations";

/** What else to use besides the letter: the plan's own form, and DMHC's form for a DMHC plan. Not printed. */
export function AuthorizationNotes({ dmhc }: { dmhc: boolean }) {
  const notes = dmhc ? [authorizationNotes.planForm, authorizationNotes.dmhcForm] : [authorizationNotes.planForm];
  return (
    <section className="no-print" aria-labelledby="authorization-notes">
      <h2 className="heading-m" id="authorization-notes">
        {authorizationPageText.notesHeading}
      </h2>
      <ul className="list">
        {notes.map((note) => (
          <li key={note.sourceId}>
            {note.text} <SourceNote source={citationFor(note.sourceId)} />
          </li>
        ))}
      </ul>
      <p className="secondary">{authorizationPageText.notLegalAdvice}</p>
    </section>
  );
}
