import { checkSavedAnswers } from "./check-saved-answers";

// Runs zod and the schemas off the page's main thread: the page is sent the
// saved text and gets back plain data (components/request-state/check-in-worker.ts).
self.onmessage = (event: MessageEvent<string | null>) => {
  self.postMessage(checkSavedAnswers(event.data));
};
