// Types for chromium.mjs (plain ESM so that the bench scripts can use it too).
export const chromiumPath: string;
export const chromiumFlags: string[];
export function systemChromium(): string | undefined;
