import type { Contact, ContactMethod } from "@/lib/rules/types";
import { citationFor } from "@/lib/rules/citations";
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
export function ContactsList({ contacts, headingLevel = 3 }: { contacts: readonly Contact[]; headingLevel?: 2 | 3 | 4 | 5 }) {
  if (contacts.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="list" aria-label="Contacts">
      {contacts.map((contact) => (
        <li key={contact.id}>
          <Heading className="heading-s">{contact.name}</Heading>
          <p>
            {contact.description} <SourceNote source={citationFor(contact.sourceId)} />
          </p>
          <ul className="list">
            {contact.methods.map((method) => (
              <li key={`${method.kind}-${method.label}`}>
                <Method method={method} />
              </li>
            ))}
          </ul>
          {contact.verify && <p className="secondary">Please check this before you use it: our source is less certain about it.</p>}
        </li>
      ))}
    </ul>
  );
}
