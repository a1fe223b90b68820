"use client";

import { useRules } from "@/components/request-state/use-rules";

/**
 * Step 2's first line to say on the phone. It names California law only once
 * the rules say the member's plan is under it: never for coverage outside
 * state law or a job plan that may be self-funded.
 */
export function CallScriptOpening({ withStateLaw, withoutStateLaw }: { withStateLaw: string; withoutStateLaw: string }) {
  const rules = useRules();
  return <>{rules?.statute ? withStateLaw : withoutStateLaw}</>;
}
