import type { Metadata } from "next";
import { StepPage } from "@/components/steps/step-page";
import { DoctorForm } from "@/components/steps/doctor-form";
import { doctorStepText } from "@/content/steps";

export const metadata: Metadata = { title: "Step 1: Talk to your doctor" };

export default function DoctorPage() {
  return (
    <StepPage
      stepId="doctor"
      intro={
        <>
          {doctorStepText.why.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <section>
            <h2 className="heading-m">{doctorStepText.questionsHeading}</h2>
            <ul className="list">
              {doctorStepText.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </section>
        </>
      }
    >
      <DoctorForm />
    </StepPage>
  );
}
