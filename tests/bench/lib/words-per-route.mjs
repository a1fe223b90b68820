// Which language's words each route's first-load scripts carry. A sentence of
// each language is recognised by its own text: every double-quoted string of
// at least 24 characters with a space in it, from content/ (English) and
// content/es/ (Spanish), looked for in the scripts with their \uXXXX and \xXX
// escapes undone. A page in one language must carry none of the other's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

function sentencesIn(files) {
  const found = new Set();
  for (const file of files) {
    for (const [, text] of readFileSync(file, "utf8").matchAll(/"((?:[^"\\\n]|\\.){24,})"/g)) if (text.includes(" ") && !text.includes("\\")) found.add(text);
  }
  return found;
}

/** English and Spanish sentences, minus any string both languages share (a name, say). */
function sentencesByLanguage(contentDir = "content") {
  const spanishDir = path.join(contentDir, "es");
  const english = sentencesIn(sourceFiles(contentDir).filter((file) => !file.startsWith(spanishDir + path.sep)));
  const spanish = sentencesIn(sourceFiles(spanishDir));
  for (const shared of [...english].filter((text) => spanish.has(text))) {
    english.delete(shared);
    spanish.delete(shared);
  }
  return { en: [...english], es: [...spanish] };
}

const unescape = (source) =>
  source.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (_, braced, four, two) => String.fromCodePoint(parseInt(braced ?? four ?? two, 16)));

/** For each route, the languages whose sentences its first-load scripts contain, with one example each. */
export function languagesPerRoute(result, distDir, sentences = sentencesByLanguage()) {
  const textOf = new Map();
  const read = (url) => {
    if (!textOf.has(url)) textOf.set(url, unescape(readFileSync(path.join(distDir, url.replace(/^\/_next\//, "")), "utf8")));
    return textOf.get(url);
  };
  return result.routes.map((route) => {
    const scripts = route.files.map((file) => read(file.url)).join("\n");
    const languages = {};
    for (const [language, list] of Object.entries(sentences)) {
      const example = list.find((text) => scripts.includes(text));
      if (example) languages[language] = example;
    }
    return { route: route.route, languages };
  });
}
