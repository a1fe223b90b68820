import type { Metadata } from "next";
import { LazyLetterPrintView } from "@/components/documents/lazy-letter-print-view";

export const metadata: Metadata = { title: "Your request letter" };

export default function LetterPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <LazyLetterPrintView />
    </main>
  );
}
