import type { Metadata } from "next";
import { ChecklistPrintView } from "@/components/documents/checklist-print-view";

export const metadata: Metadata = { title: "Your records checklist" };

export default function ChecklistPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <ChecklistPrintView />
    </main>
  );
}
