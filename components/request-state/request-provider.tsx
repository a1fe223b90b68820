"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { completedSteps, type Completion } from "@/lib/answers/check";
import { EMPTY_REQUEST, type RequestSection, type SecondOpinionRequest } from "@/lib/steps/request";
import { deleteSavedRequest, loadRequest, saveRequest, type LoadNotice, type SaveResult } from "@/lib/storage/request-storage";
import { browserStorage } from "@/lib/storage/saved-text";
import { STORAGE_KEY } from "@/lib/storage/storage-key";

type RequestState = {
  request: SecondOpinionRequest;
  /** False until the saved answers have been read from this device. */
  hydrated: boolean;
  /** What was reset or could not be read when the answers were loaded. */
  notices: LoadNotice[];
  /** Set when the last save failed (storage full or turned off). */
  saveProblem?: Extract<SaveResult, { ok: false }>["reason"];
  /** Set when a part of the page loaded on demand (the rules, say) could not be fetched. */
  loadFailed?: boolean;
};

type RequestStateApi = RequestState & {
  /** The steps whose answers are complete (none until hydrated). */
  completed: Completion;
  updateSection: <S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => void;
  clearRequest: () => void;
  /** Puts answers opened from a file in place of these (saved like any change), with what was reset in them. */
  replaceRequest: (request: SecondOpinionRequest, notices: LoadNotice[]) => void;
  dismissNotices: () => void;
  reportLoadFailure: () => void;
};

const RequestStateContext = createContext<RequestStateApi | null>(null);

/**
 * Holds the member's answers in memory and mirrors them to localStorage: reads
 * them once the page is up, saves every change, follows changes another tab
 * saves, and deletes them when asked. No zod: the declarations read and check them.
 */
export function RequestStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RequestState>({ request: EMPTY_REQUEST, hydrated: false, notices: [] });
  /** The answers as last read from or written to storage: nothing to save while the request is still this one. */
  const stored = useRef<SecondOpinionRequest>(EMPTY_REQUEST);

  useEffect(() => {
    const read = (notify: boolean) => {
      const { request, notices } = loadRequest(browserStorage());
      stored.current = request;
      setState((previous) => ({ ...previous, request, hydrated: true, notices: notify ? notices : previous.notices }));
    };
    read(true);
    // Another tab changed the answers: show the same ones here.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) read(false);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    if (!state.hydrated || state.request === stored.current) return;
    const result = saveRequest(browserStorage(), state.request);
    stored.current = state.request;
    const saveProblem = result.ok ? undefined : result.reason;
    // Reports the outcome of writing to localStorage, an external system.
    setState((previous) => (previous.saveProblem === saveProblem ? previous : { ...previous, saveProblem }));
  }, [state.request, state.hydrated]);

  const updateSection = useCallback(<S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => {
    setState((previous) => ({ ...previous, request: { ...previous.request, [section]: { ...previous.request[section], ...values } } }));
  }, []);

  const clearRequest = useCallback(() => {
    deleteSavedRequest(browserStorage());
    stored.current = EMPTY_REQUEST;
    setState((previous) => ({ ...previous, request: EMPTY_REQUEST, hydrated: true, notices: [] }));
  }, []);

  const replaceRequest = useCallback((request: SecondOpinionRequest, notices: LoadNotice[]) => {
    setState((previous) => ({ ...previous, request, hydrated: true, notices }));
  }, []);

  const dismissNotices = useCallback(() => setState((previous) => ({ ...previous, notices: [] })), []);
  const reportLoadFailure = useCallback(() => setState((previous) => (previous.loadFailed ? previous : { ...previous, loadFailed: true })), []);

  const completed = useMemo(() => (state.hydrated ? completedSteps(state.request) : new Set<RequestSection>()), [state.hydrated, state.request]);
  const api = useMemo(
    () => ({ ...state, completed, updateSection, clearRequest, replaceRequest, dismissNotices, reportLoadFailure }),
    [state, completed, updateSection, clearRequest, replaceRequest, dismissNotices, reportLoadFailure],
  );
  return <RequestStateContext.Provider value={api}>{children}</RequestStateContext.Provider>;
}

export function useRequestState(): RequestStateApi {
  const api = useContext(RequestStateContext);
  if (!api) throw new Error("useRequestState must be used inside RequestStateProvider");
  return api;
}
