import type { DocumentLanguage } from "../language/types";
import type { DocumentInput } from "../types";
import { buildTimelineDocument } from "./model";
import { TimelinePdf } from "./timeline-pdf";

/** "My case so far" for these answers, ready for the renderer. */
export function timelineDocument(input: DocumentInput, language: DocumentLanguage) {
  return <TimelinePdf frame={language.words.frame} timeline={buildTimelineDocument(input, language)} creationDate={new Date(`${input.today}T12:00:00Z`)} />;
}
