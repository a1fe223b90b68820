/**
 * Resolves in a later task, after the browser has had a chance to handle a tap
 * or a keypress and to paint: lets long work on a slow phone run as several
 * short tasks instead of one long one.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
