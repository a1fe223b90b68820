import { IntentLink } from "@/components/intent-link";
import { ResumeEntry } from "@/components/request-state/resume-entry";
import { steps } from "@/lib/flow";
import { startPageText } from "@/content/start-page";

export default function StartPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <h1 className="heading-xl">{startPageText.heading}</h1>
      {startPageText.summary.map((line) => (
        <p className="lead" key={line}>
          {line}
        </p>
      ))}
      <ResumeEntry />
      <h2 className="heading-m">What you need</h2>
      <ul className="list">
        {startPageText.youNeed.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{startPageText.timeNeeded}</p>
      <p>{startPageText.privacy}</p>
      <div className="button-group">
        <IntentLink className="button button--start" href={steps[0]?.path ?? "/request/coverage"} role="button" draggable={false}>
          Start now
        </IntentLink>
      </div>
      <h2 className="heading-m">Before you start</h2>
      <ul className="list">
        <li>
          <IntentLink href="/rights">Your rights</IntentLink>: the rules for your kind of plan, side by side, with their sources.
        </li>
        <li>
          <IntentLink href="/if-denied">If your request was denied</IntentLink>: what to do next and by when.
        </li>
      </ul>
    </main>
  );
}
