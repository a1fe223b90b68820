import type { CheckedAnswers } from "@/lib/storage/check-saved-answers";

/**
 * Checks the saved answers in a worker, so that zod, the schemas and the
 * parse never hold up the page. Rejects when the worker cannot start or
 * fails (no Worker, a policy, a chunk that did not load): the caller then
 * checks them on the page instead.
 */
export function checkInWorker(savedText: string): Promise<CheckedAnswers> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("../../lib/storage/check-saved-answers.worker.ts", import.meta.url));
    } catch (error) {
      reject(error);
      return;
    }
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<CheckedAnswers>) => finish(() => resolve(event.data));
    worker.onerror = (event) => finish(() => reject(new Error(`The answers' worker failed: ${event.message}`)));
    worker.onmessageerror = () => finish(() => reject(new Error("The answers' worker sent back what could not be read")));
    worker.postMessage(savedText);
  });
}
