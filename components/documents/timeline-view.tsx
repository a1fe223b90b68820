import type { TimelineModel } from "@/lib/documents/timeline/model";
import styles from "./documents.module.css";

/** "My case so far" as HTML: the accessible version, and the one to print. */
export function TimelineView({ timeline }: { timeline: TimelineModel }) {
  return (
    <article className={styles.document} aria-labelledby="timeline-heading">
      <h2 className={styles.subject} id="timeline-heading">
        {timeline.heading}
      </h2>
      <dl className={styles.fields}>
        {timeline.facts.map((fact, index) => (
          <div key={index}>
            <dt>{fact.label}:</dt> <dd className={styles.typed}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{timeline.columns.date}</th>
            <th scope="col">{timeline.columns.what}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row, index) => (
            <tr key={index} data-timeline-row>
              <td>{row.when}</td>
              <td>
                <strong>{row.what}</strong>
                {row.details.map((detail, detailIndex) => (
                  <span key={detailIndex} className={`${styles.typed} ${styles.detail}`}>
                    {detail}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="secondary">{timeline.note}</p>
    </article>
  );
}
