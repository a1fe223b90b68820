import type { Contact, ContactMethod } from "@/lib/rules/types";
import { englishRulesText, type RulesText } from "@/lib/rules/rules-text";
import { SourceNote } from "./source-note";

const telHref = (number: string) => `tel:+${number.replace(/\D/g, "").replace(/^(?=\d{10}$)/, "1")}`;

function Method({ method }: { method: ContactMethod }) {
  switch (method.kind) {
    case "phone":
    case "tdd":
    case "fax":
      return (
        <>
          {method.label}: {method.kind === "fax" ? method.number : <a href={telHref(method.number)}>{method.number}</a>}
        </>
      );
    case "web":
      return (
        <>
          {method.label}: <a href={`https://${method.url}`}>{method.url}</a>
        </>
      );
    case "mail":
      return (
        <>
          {method.label}: {method.address}
        </>
      );
  }
}

/** Contacts exactly as the facts sheet prints them, with "verify" where it says so. */
export function ContactsList({
  contacts,
  headingLevel = 3,
  text = englishRulesText,
}: {
  contacts: readonly Contact[];
  headingLevel?: 2 | 3 | 4 | 5;
  text?: RulesText;
}) {
  if (contacts.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="list" aria-label={text.notes.contacts}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <Heading className="heading-s">{contact.name}</Heading>
          <p>
            {contact.description} <SourceNote source={text.citationFor(contact.sourceId)} notes={text.notes} />
          </p>
          <ul className="list">
            {contact.methods.map((method) => (
              <li key={`${method.kind}-${method.label}`}>
                <Method method={method} />
              </li>
            ))}
          </ul>
          {contact.verify && <p className="secondary">{text.notes.verify}</p>}
        </li>
      ))}
    </ul>
  );
}
