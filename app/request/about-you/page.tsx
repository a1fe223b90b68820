import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { AboutYouForm } from "@/components/steps/about-you-form";

export const metadata: Metadata = { title: "About you" };

export default function AboutYouPage() {
  return (
    <StepPage stepId="aboutYou" intro={<p>Your request letter is written from you, so it needs your details.</p>}>
      <AboutYouForm />
    </StepPage>
  );
}
