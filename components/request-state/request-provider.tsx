"use client";

import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Completion } from "@/lib/flow";
import { nextTask } from "@/lib/next-task";
import { loadEngineInParts } from "./load-engine";
import { EMPTY_REQUEST } from "@/lib/schema/empty-request";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import type { LoadNotice, SaveResult } from "@/lib/storage/request-storage";

/** The zod-backed half of the state: loaded on demand (see lib/request-engine.ts). */
type RequestEngine = typeof import("@/lib/request-engine");

type RequestState = {
  request: SecondOpinionRequest;
  /** False until the saved answers have been read from this device. */
  hydrated: boolean;
  /** What was reset or could not be read when the answers were loaded. */
  notices: LoadNotice[];
  /** Set when the last save failed (storage full or turned off). */
  saveProblem?: Extract<SaveResult, { ok: false }>["reason"];
  engine?: RequestEngine;
  /** Set when the engine could not be loaded (offline after a deploy, say). */
  loadFailed?: boolean;
};

type RequestStateApi = RequestState & {
  /** The steps whose answers are complete (empty until hydrated). */
  completed: Completion;
  updateSection: <S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => void;
  clearRequest: () => void;
  dismissNotices: () => void;
  /** A part of the page loaded on demand (the rules, say) could not be fetched. */
  reportLoadFailure: () => void;
};

const RequestStateContext = createContext<RequestStateApi | null>(null);
const NOTHING_COMPLETED: Completion = new Set();

const browserStorage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Holds the member's answers in memory and mirrors them to localStorage. */
export function RequestStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RequestState>({ request: EMPTY_REQUEST, hydrated: false, notices: [] });
  const skipNextSave = useRef(true);

  useEffect(() => {
    let cancelled = false;
    let onStorage: ((event: StorageEvent) => void) | undefined;
    loadEngineInParts().then(
      async (engine) => {
        // Evaluating the engine (in parts) is some tasks, reading and checking the answers
        // another, and showing them (a transition React renders in slices)
        // more: none of them long enough to hold up a tap or a keypress.
        await nextTask();
        if (cancelled) return;
        const { request, notices } = engine.loadRequest(browserStorage());
        skipNextSave.current = true;
        startTransition(() => setState({ request, hydrated: true, notices, engine }));

        // Another tab changed the answers: show the same ones here.
        onStorage = (event: StorageEvent) => {
          if (event.key !== engine.STORAGE_KEY && event.key !== null) return;
          const reloaded = engine.loadRequest(browserStorage());
          skipNextSave.current = true;
          setState((previous) => ({ ...previous, request: reloaded.request }));
        };
        window.addEventListener("storage", onStorage);
      },
      () => {
        if (!cancelled) setState((previous) => ({ ...previous, loadFailed: true }));
      },
    );
    return () => {
      cancelled = true;
      if (onStorage) window.removeEventListener("storage", onStorage);
    };
  }, []);

  useEffect(() => {
    if (!state.hydrated || !state.engine) return;
    if (skipNextSave.current) {
      skipNextSave.current = false;
      return;
    }
    const result = state.engine.saveRequest(browserStorage(), state.request);
    const saveProblem = result.ok ? undefined : result.reason;
    // Reports the outcome of writing to localStorage, an external system.
    setState((previous) => (previous.saveProblem === saveProblem ? previous : { ...previous, saveProblem }));
  }, [state.request, state.hydrated, state.engine]);

  const updateSection = useCallback(
    <S extends RequestSection>(section: S, values: Partial<SecondOpinionRequest[S]>) => {
      setState((previous) => {
        const merged = { ...previous.request, [section]: { ...previous.request[section], ...values } };
        // Re-parse so the in-memory answers always have the stored shape.
        const request = previous.engine ? previous.engine.parseRequest(merged) : merged;
        return { ...previous, request };
      });
    },
    [],
  );

  const clearRequest = useCallback(() => {
    setState((previous) => {
      previous.engine?.deleteSavedRequest(browserStorage());
      skipNextSave.current = true;
      return { ...previous, request: EMPTY_REQUEST, notices: [] };
    });
  }, []);

  const dismissNotices = useCallback(() => setState((previous) => ({ ...previous, notices: [] })), []);

  const reportLoadFailure = useCallback(() => setState((previous) => (previous.loadFailed ? previous : { ...previous, loadFailed: true })), []);

  const completed = useMemo(
    () => (state.engine ? state.engine.completedSteps(state.request) : NOTHING_COMPLETED),
    [state.engine, state.request],
  );

  const api = useMemo(
    () => ({ ...state, completed, updateSection, clearRequest, dismissNotices, reportLoadFailure }),
    [state, completed, updateSection, clearRequest, dismissNotices, reportLoadFailure],
  );
  return <RequestStateContext.Provider value={api}>{children}</RequestStateContext.Provider>;
}

export function useRequestState(): RequestStateApi {
  const api = useContext(RequestStateContext);
  if (!api) throw new Error("useRequestState must be used inside RequestStateProvider");
  return api;
}
