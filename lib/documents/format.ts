/** Trimmed text, or undefined when there is nothing but whitespace. */
export function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
