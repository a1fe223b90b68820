// `npm run prose`: run after `npm run build` (NEXT_DIST_DIR, default .next).
// The Flesch-Kincaid grade of each prerendered page's prose: the text of the
// <p> and <li> elements inside <main>, scored by tests/support/prose-grade.mjs
// (the scorer of the content test). Fails when a page is above grade 8.
// Pages whose prose needs saved answers are measured as prerendered, before
// the browser fills them in.
import { existsSync, readFileSync } from "node:fs";
import { builtPageRoutes, htmlFileFor, resolveDistDir } from "../../scripts/lib/built-pages.mjs";
import { scoreProse } from "../support/prose-grade.mjs";
import { formatTable } from "./lib/table.mjs";

const MAX_GRADE = 8;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function textOf(html) {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name) =>
      name[0] !== "#" ? (ENTITIES[name.toLowerCase()] ?? entity) : String.fromCodePoint(Number(name[1] === "x" || name[1] === "X" ? `0${name.slice(1)}` : name.slice(1))),
    )
    .replace(/\s+([,.;:!?)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of each <p> and <li> in the page's <main>; a list item's nested paragraphs and lists count on their own. */
function mainProse(html) {
  let main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? "";
  main = main.replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, "");
  const texts = [];
  main = main.replace(/<p\b[^>]*>([\s\S]*?)<\/p>/gi, (_, inner) => {
    texts.push(textOf(inner));
    return " ";
  });
  // Innermost list items first, so an item's own text leaves out the items nested in it.
  const innermostItem = /<li\b[^>]*>((?:(?!<li\b)[\s\S])*?)<\/li>/i;
  for (let match = innermostItem.exec(main); match; match = innermostItem.exec(main)) {
    texts.push(textOf(match[1]));
    main = main.slice(0, match.index) + " " + main.slice(match.index + match[0].length);
  }
  return texts.filter(Boolean);
}

const distDir = resolveDistDir();
const rows = [["Route", "Grade", "Sentences", "Words"]];
const failures = [];
for (const route of builtPageRoutes(distDir)) {
  const file = htmlFileFor(distDir, route);
  if (!existsSync(file)) continue; // not prerendered
  const score = scoreProse(mainProse(readFileSync(file, "utf8")));
  if (!score.sentence) {
    rows.push([route, "—", "0", "0"]);
    continue;
  }
  rows.push([route, score.grade.toFixed(2), String(score.sentence), String(score.word)]);
  if (score.grade > MAX_GRADE) {
    const hardest = score.sentences.slice(0, 5).map(({ text, grade }) => `    ${grade.toFixed(1)}  ${text}`);
    failures.push(`${route}: grade ${score.grade.toFixed(2)}. Hardest sentences:\n${hardest.join("\n")}`);
  }
}

console.log(`Flesch-Kincaid grade of each page's prose (<p> and <li> in <main>), build in ${distDir}:`);
console.log(formatTable(rows));
if (failures.length) {
  console.error(`\nAbove grade ${MAX_GRADE} (${failures.length}):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`\nEvery page's prose is at grade ${MAX_GRADE} or below.`);
