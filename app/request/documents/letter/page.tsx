import type { Metadata } from "next";
import { LetterPrintView } from "@/components/documents/letter-print-view";

export const metadata: Metadata = { title: "Your request letter" };

export default function LetterPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LetterPrintView />
    </main>
  );
}
