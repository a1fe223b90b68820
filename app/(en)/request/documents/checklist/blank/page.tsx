import type { Metadata } from "next";
import { BlankChecklistPrintView } from "@/components/documents/checklist-print-view";

export const metadata: Metadata = { title: "Blank records checklist" };

export default function BlankChecklistPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <BlankChecklistPrintView />
    </main>
  );
}
