"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { LoadNotice } from "@/lib/storage/request-storage";
import { useRequestState } from "./request-provider";

type NoticeWords = typeof import("@/content/saved-answers").savedAnswersText;

/** Each language's notices, loaded only when there is something to say. */
const noticeWordsIn: Record<Locale, () => Promise<NoticeWords>> = {
  en: () => import("@/content/saved-answers").then((module) => module.savedAnswersText),
  es: () => import("@/content/es/saved-answers").then((module) => module.savedAnswersText),
};

/** What a notice says; the names of the answers that were reset come from their questions' words. */
function describe(notice: LoadNotice, words: NoticeWords): string {
  switch (notice.kind) {
    case "unreadable":
      return words.unreadable;
    case "newer-version":
      return words.newerVersion;
    case "fields-reset":
      return words.fieldsReset(notice.fields);
  }
}

/** Part of the page never arrived (the connection dropped, say): without this, "Loading your answers…" would stay. */
function LoadFailedNotice({ words }: { words: { loadFailed: string; reload: string } }) {
  return (
    <div className="notice notice--warning" role="alert">
      <p>{words.loadFailed}</p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        {words.reload}
      </button>
    </div>
  );
}

/**
 * Tells the member what was reset when the saved answers were loaded, when
 * saving fails, and when loading fails. The notices' words load only when
 * there is something to say (on most visits, never); the words for a failed
 * load come with the page, since loading is what failed.
 */
export function SavedAnswersNotices({ locale, loadFailedWords }: { locale: Locale; loadFailedWords: { loadFailed: string; reload: string } }) {
  const { notices, saveProblem, dismissNotices, loadFailed } = useRequestState();
  const [words, setWords] = useState<NoticeWords>();
  const needed = notices.length > 0 || saveProblem !== undefined;
  useEffect(() => {
    if (needed && !words) void noticeWordsIn[locale]().then(setWords);
  }, [needed, words, locale]);
  if (loadFailed) return <LoadFailedNotice words={loadFailedWords} />;
  if (!needed || !words) return null;
  return (
    <div className="notice notice--warning" role="status">
      {notices.map((notice) => (
        <p key={notice.kind}>{describe(notice, words)}</p>
      ))}
      {saveProblem && <p>{saveProblem === "quota" ? words.quota : words.unavailable}</p>}
      {notices.length > 0 && (
        <button type="button" className="link-button" onClick={dismissNotices}>
          {words.dismiss}
        </button>
      )}
    </div>
  );
}
