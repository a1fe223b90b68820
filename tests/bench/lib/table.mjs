/** A plain-text table: rows of cells, first row is the header, numbers right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? "").length)));
  const numeric = rows[0].map((_, column) => rows.slice(1).every((row) => /^[-+]?[\d.,]+( ?[a-zA-Z%×x]*)?$|^—$/.test(String(row[column] ?? ""))));
  const line = (row) =>
    row
      .map((cell, column) => (numeric[column] ? String(cell ?? "").padStart(widths[column]) : String(cell ?? "").padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  return [line(rows[0]), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
