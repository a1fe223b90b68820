"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { emptyRequest, requestSchema, type RequestSection, type SecondOpinionRequest } from "@/lib/schema/request";
import {
  deleteSavedRequest,
  loadRequest,
  saveRequest,
  STORAGE_KEY,
  type LoadNotice,
  type SaveResult,
} from "@/lib/storage/request-storage";

type RequestState = {
  request: SecondOpinionRequest;
  /** False until the saved answers have been read from this device. */
  hydrated: boolean;
  /** What was reset or could not be read when the answers were loaded. */
  notices: LoadNotice[];
  /** Set when the last save failed (storage full or turned off). */
  saveProblem?: Extract<SaveResult, { ok: false }>["reason"];
};

type RequestStateApi = RequestState & {
  updateSection: <S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => void;
  clearRequest: () => void;
  dismissNotices: () => void;
};

const RequestStateContext = createContext<RequestStateApi | null>(null);

const browserStorage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Holds the member's answers in memory and mirrors them to localStorage. */
export function RequestStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RequestState>({ request: emptyRequest(), hydrated: false, notices: [] });
  const skipNextSave = useRef(true);

  useEffect(() => {
    const { request, notices } = loadRequest(browserStorage());
    skipNextSave.current = true;
    // localStorage exists only in the browser, so the saved answers can only be
    // read after the prerendered page has hydrated.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ request, hydrated: true, notices });

    // Another tab changed the answers: show the same ones here.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      const reloaded = loadRequest(browserStorage());
      skipNextSave.current = true;
      setState((previous) => ({ ...previous, request: reloaded.request }));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    if (!state.hydrated) return;
    if (skipNextSave.current) {
      skipNextSave.current = false;
      return;
    }
    const result = saveRequest(browserStorage(), state.request);
    const saveProblem = result.ok ? undefined : result.reason;
    setState((previous) => (previous.saveProblem === saveProblem ? previous : { ...previous, saveProblem }));
  }, [state.request, state.hydrated]);

  const updateSection = useCallback(
    <S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => {
      setState((previous) => {
        const merged = { ...previous.request, [section]: { ...previous.request[section], ...values } };
        // Re-parse so the in-memory answers always have the stored shape.
        return { ...previous, request: requestSchema.parse(merged) };
      });
    },
    [],
  );

  const clearRequest = useCallback(() => {
    deleteSavedRequest(browserStorage());
    skipNextSave.current = true;
    setState({ request: emptyRequest(), hydrated: true, notices: [] });
  }, []);

  const dismissNotices = useCallback(() => setState((previous) => ({ ...previous, notices: [] })), []);

  const api = useMemo(
    () => ({ ...state, updateSection, clearRequest, dismissNotices }),
    [state, updateSection, clearRequest, dismissNotices],
  );
  return <RequestStateContext.Provider value={api}>{children}</RequestStateContext.Provider>;
}

export function useRequestState(): RequestStateApi {
  const api = useContext(RequestStateContext);
  if (!api) throw new Error("useRequestState must be used inside RequestStateProvider");
  return api;
}
