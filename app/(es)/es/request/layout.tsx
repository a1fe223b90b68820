import type { ReactNode } from "react";
import { RequestFrame } from "@/components/steps/request-frame";

export default function RequestLayout({ children }: { children: ReactNode }) {
  return <RequestFrame locale="es">{children}</RequestFrame>;
}
