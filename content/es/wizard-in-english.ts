/**
 * While the step-by-step questions exist only in English, the Spanish pages
 * that lead into them say so before the member follows the link.
 */
export const wizardInEnglish = "Las preguntas paso a paso todavía están solo en inglés. Sus respuestas se guardan en este dispositivo, igual que en español.";
