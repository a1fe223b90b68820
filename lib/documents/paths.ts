export const LETTER_VIEW_PATH = "/request/documents/letter";
export const CHECKLIST_VIEW_PATH = "/request/documents/checklist";
export const BLANK_CHECKLIST_PATH = "/request/documents/checklist/blank";
export const GRIEVANCE_VIEW_PATH = "/request/documents/grievance";
