"use client";

import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Completion } from "@/lib/flow";
import { nextTask } from "@/lib/next-task";
import { checkInWorker } from "./check-in-worker";
import { loadEngineInParts } from "./load-engine";
import { EMPTY_REQUEST } from "@/lib/schema/empty-request";
import type { RequestSection, SecondOpinionRequest } from "@/lib/schema/request";
import type { CheckedAnswers } from "@/lib/storage/check-saved-answers";
import type { LoadNotice, SaveResult } from "@/lib/storage/request-storage";
import { deleteSavedRequest, readSavedText } from "@/lib/storage/saved-text";
import { STORAGE_KEY } from "@/lib/storage/storage-key";

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
  /** The saved answers as a worker checked them, with the steps they complete: good while the request is still this one. */
  checked?: { request: SecondOpinionRequest; completed: Completion };
  /** Set when the engine could not be loaded (offline after a deploy, say). */
  loadFailed?: boolean;
};

type RequestStateApi = RequestState & {
  /** The steps whose answers are complete (empty until hydrated). */
  completed: Completion;
  /** False while edits wait for the engine to say which steps they complete: no one should be sent back meanwhile. */
  completionKnown: boolean;
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

/** The state once a worker has read the saved answers: shown at once, no zod on the page. */
function fromWorker({ request, notices, completed }: CheckedAnswers): RequestState {
  return { request, hydrated: true, notices, checked: { request, completed: new Set(completed) } };
}

/** The state once the engine has arrived: edits made before it are checked now (and then saved). */
function withEngine(previous: RequestState, engine: RequestEngine): RequestState {
  if (previous.engine) return previous;
  const alreadyChecked = previous.request === EMPTY_REQUEST || previous.request === previous.checked?.request;
  const request = alreadyChecked ? previous.request : engine.parseRequest(previous.request);
  return { ...previous, engine, request };
}

/** A member reaching for the page: the engine is loaded then, not before, when nothing is saved. */
const FIRST_INTERACTION_EVENTS = ["pointerdown", "keydown", "focusin", "touchstart"] as const;

/**
 * Holds the member's answers in memory and mirrors them to localStorage.
 * The engine (zod and the schemas, for edits and saving) loads when the
 * member first reaches for the page, or edits an answer, or another tab
 * saves some: a visit that only reads runs no schema code on the page.
 * Answers already saved are read and checked in a worker meanwhile (or, if
 * no worker can run, by the engine at once).
 */
export function RequestStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RequestState>({ request: EMPTY_REQUEST, hydrated: false, notices: [] });
  /** The answers as last read from or written to storage: nothing to save while the request is still this one. */
  const stored = useRef<SecondOpinionRequest>(EMPTY_REQUEST);
  /** Set once the answers have come from somewhere (read, deleted, another tab): a later read must not replace them. */
  const answersSettled = useRef(false);
  const engineLoad = useRef<Promise<RequestEngine> | undefined>(undefined);

  const ensureEngine = useCallback(() => {
    engineLoad.current ??= loadEngineInParts().then(
      async (engine) => {
        // Evaluating the engine (in parts) is some tasks, and what the caller
        // does with it another: none long enough to hold up a tap or a keypress.
        await nextTask();
        return engine;
      },
      (error: unknown) => {
        engineLoad.current = undefined;
        setState((previous) => ({ ...previous, loadFailed: true }));
        throw error;
      },
    );
    return engineLoad.current;
  }, []);

  /** Runs `use` once the engine has loaded; a failure shows through loadFailed. */
  const withLoadedEngine = useCallback(
    (use: (engine: RequestEngine) => void) => {
      ensureEngine().then(use, () => undefined);
    },
    [ensureEngine],
  );

  /** Loads the engine if need be, then checks (and so saves) any edits made before it arrived. */
  const adoptEngine = useCallback(
    () => withLoadedEngine((engine) => setState((previous) => withEngine(previous, engine))),
    [withLoadedEngine],
  );

  useEffect(() => {
    let cancelled = false;
    const savedText = readSavedText(browserStorage());
    /** The saved answers as the engine reads them now, noted as what storage holds. */
    const readStored = (engine: RequestEngine) => {
      const loaded = engine.loadRequest(browserStorage());
      stored.current = loaded.request;
      return loaded;
    };

    const onFirstInteraction = () => {
      for (const type of FIRST_INTERACTION_EVENTS) window.removeEventListener(type, onFirstInteraction, true);
      adoptEngine();
      // Should the worker still not have answered, the engine reads the answers instead.
      if (savedText !== null) readOnThePage();
    };
    const readOnThePage = () =>
      withLoadedEngine((engine) => {
        if (cancelled || answersSettled.current) return;
        answersSettled.current = true;
        const { request, notices } = readStored(engine);
        startTransition(() => setState((previous) => ({ ...previous, request, hydrated: true, notices, engine })));
      });

    if (savedText !== null) {
      checkInWorker(savedText).then((checked) => {
        if (cancelled || answersSettled.current) return;
        answersSettled.current = true;
        stored.current = checked.request;
        startTransition(() => setState((previous) => ({ ...previous, ...fromWorker(checked) })));
      }, readOnThePage);
    } else {
      // Nothing to read: the empty request is the answers, as soon as this effect has looked.
      void Promise.resolve().then(() => {
        if (!cancelled) setState((previous) => ({ ...previous, hydrated: true }));
      });
    }
    for (const type of FIRST_INTERACTION_EVENTS) window.addEventListener(type, onFirstInteraction, { capture: true, passive: true });

    // Another tab changed the answers: show the same ones here.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      answersSettled.current = true;
      withLoadedEngine((engine) => {
        if (cancelled) return;
        const { request } = readStored(engine);
        setState((previous) => ({ ...previous, hydrated: true, engine, request }));
      });
    };
    window.addEventListener("storage", onStorage);
    return () => {
      cancelled = true;
      for (const type of FIRST_INTERACTION_EVENTS) window.removeEventListener(type, onFirstInteraction, true);
      window.removeEventListener("storage", onStorage);
    };
  }, [withLoadedEngine, adoptEngine]);

  useEffect(() => {
    if (!state.hydrated || !state.engine || state.request === stored.current) return;
    const result = state.engine.saveRequest(browserStorage(), state.request);
    stored.current = state.request;
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
      adoptEngine();
    },
    [adoptEngine],
  );

  const clearRequest = useCallback(() => {
    deleteSavedRequest(browserStorage());
    answersSettled.current = true;
    stored.current = EMPTY_REQUEST;
    setState((previous) => ({ ...previous, request: EMPTY_REQUEST, hydrated: true, notices: [] }));
  }, []);

  const dismissNotices = useCallback(() => setState((previous) => ({ ...previous, notices: [] })), []);

  const reportLoadFailure = useCallback(() => setState((previous) => (previous.loadFailed ? previous : { ...previous, loadFailed: true })), []);

  const checkedByWorker = state.checked?.request === state.request ? state.checked.completed : undefined;
  const completed = useMemo(
    () => checkedByWorker ?? (state.engine ? state.engine.completedSteps(state.request) : NOTHING_COMPLETED),
    [checkedByWorker, state.engine, state.request],
  );
  // Nothing is complete in the empty request (a unit test proves it), so only edits need the engine to tell.
  const completionKnown = Boolean(checkedByWorker) || Boolean(state.engine) || state.request === EMPTY_REQUEST;

  const api = useMemo(
    () => ({ ...state, completed, completionKnown, updateSection, clearRequest, dismissNotices, reportLoadFailure }),
    [state, completed, completionKnown, updateSection, clearRequest, dismissNotices, reportLoadFailure],
  );
  return <RequestStateContext.Provider value={api}>{children}</RequestStateContext.Provider>;
}

export function useRequestState(): RequestStateApi {
  const api = useContext(RequestStateContext);
  if (!api) throw new Error("useRequestState must be used inside RequestStateProvider");
  return api;
}
