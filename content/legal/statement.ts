// One plain-language legal statement and where it comes from: its shape is
// statementSchema in ./schemas, checked by the content tests.
export type { Statement } from "./schemas";
