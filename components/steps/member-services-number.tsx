"use client";

import { useRequestState } from "@/components/request-state/request-provider";

/** The member services number the member gave on "Your plan", to call from. */
export function MemberServicesNumber({ label }: { label: string }) {
  const phone = useRequestState().request.plan.memberServicesPhone;
  if (!phone) return null;
  return (
    <p className="panel">
      {label} <strong>{phone}</strong>
    </p>
  );
}
