"use client";

import { fieldText, sectionTitles } from "@/content/fields";
import type { LoadNotice } from "@/lib/storage/request-storage";
import { useRequestState } from "./request-provider";

const fieldName = (section: keyof typeof fieldText, field: string) => {
  const texts = fieldText[section] as Record<string, { label: string }>;
  return texts[field]?.label ?? field;
};

function describe(notice: LoadNotice): string {
  switch (notice.kind) {
    case "unreadable":
      return "We could not read the answers saved on this device, so we started again with empty answers.";
    case "newer-version":
      return "Your answers were saved by a newer version of this tool. We kept the ones we could read.";
    case "fields-reset": {
      const names = notice.fields.map(({ section, field }) =>
        field === "*" ? `all of “${sectionTitles[section]}”` : `“${fieldName(section, field)}” in ${sectionTitles[section]}`,
      );
      return `Some saved answers could not be read and were cleared: ${names.join("; ")}. Please check them again.`;
    }
  }
}

/** Part of the page never arrived (the connection dropped, say): without this, "Loading your answers…" would stay. */
function LoadFailedNotice() {
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        Part of this page could not load, so we cannot show or save your answers here yet. Anything already saved on this
        device is kept. Check your connection, then reload the page.
      </p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}

/** Tells the member what was reset when the saved answers were loaded, when saving fails, and when loading fails. */
export function SavedAnswersNotices() {
  const { notices, saveProblem, dismissNotices, loadFailed } = useRequestState();
  if (loadFailed) return <LoadFailedNotice />;
  if (notices.length === 0 && !saveProblem) return null;
  return (
    <div className="notice notice--warning" role="status">
      {notices.map((notice) => (
        <p key={notice.kind}>{describe(notice)}</p>
      ))}
      {saveProblem && (
        <p>
          {saveProblem === "quota"
            ? "Your answers could not be saved because this device’s storage is full. They will stay while this page is open: download or print your documents before you close it."
            : "Your answers could not be saved on this device (storage may be turned off). They will stay while this page is open."}
        </p>
      )}
      {notices.length > 0 && (
        <button type="button" className="link-button" onClick={dismissNotices}>
          Dismiss this message
        </button>
      )}
    </div>
  );
}
