import type { Metadata } from "next";
import { LazyGrievancePrintView } from "@/components/documents/lazy-letter-print-view";

export const metadata: Metadata = { title: "Your grievance letter" };

export default function GrievancePage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LazyGrievancePrintView />
    </main>
  );
}
