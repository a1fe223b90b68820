import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { routes } from "@/lib/routes";

// Every page a member can open in English has its Spanish twin under /es, in
// the Spanish route group (app/(es)/es/…), rendered by the same component.
const routeFile = (group: string, path: string) => join(process.cwd(), "app", group, path === "/" ? "" : path, "page.tsx");

describe("every English page has its Spanish twin", () => {
  it.each(Object.entries(routes))("%s (%s)", (_route, path) => {
    expect(existsSync(routeFile("(en)", path)), `English ${path}`).toBe(true);
    expect(existsSync(routeFile("(es)/es", path)), `Spanish /es${path}`).toBe(true);
  });
});
