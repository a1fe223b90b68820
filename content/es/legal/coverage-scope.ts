// The Spanish twin of content/legal/coverage-scope.ts. It holds no words, only
// each coverage kind's scope (data), so it is the English module itself: one
// place to change a scope, and the Spanish coverage rules read the same one.
export { coverageScope } from "@/content/legal/coverage-scope";
