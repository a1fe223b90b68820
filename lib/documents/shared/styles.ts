import { StyleSheet } from "@react-pdf/renderer";

// Shared look of the documents: US Letter, built-in Helvetica, black on white.
// 10 pt on 12.5 pt lines: still easy to read on paper, and a request with one
// reason and nothing enclosed fits on one page, signature included.
const FONT_SIZE = 10;
const LINE_HEIGHT = 1.25;

export const styles = StyleSheet.create({
  page: {
    fontFamily: "Helvetica",
    fontSize: FONT_SIZE,
    color: "#000000",
    backgroundColor: "#ffffff",
    paddingTop: 48,
    paddingBottom: 58,
    paddingHorizontal: 72,
  },
  /**
   * The line height lives on each text, with its font size, never on the page
   * or a View: in react-pdf 4.9 a page-level line height drops the fixed
   * `render` text (the page numbers), one on a View loops the layout, and a
   * unitless one is resolved against the font size set beside it.
   */
  text: { fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT },
  small: { fontSize: 9, lineHeight: 1.35 },
  bold: { fontFamily: "Helvetica-Bold" },
  block: { marginBottom: 8 },
  lines: { marginBottom: 10 },
  heading: { fontFamily: "Helvetica-Bold", fontSize: FONT_SIZE + 0.5, lineHeight: LINE_HEIGHT, marginTop: 4, marginBottom: 4 },
  title: { fontFamily: "Helvetica-Bold", fontSize: 16, marginBottom: 8, lineHeight: 1.25 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 14 },
  listText: { flex: 1 },
  footer: {
    position: "absolute",
    bottom: 30,
    left: 72,
    right: 72,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8.5,
    color: "#333333",
    borderTopWidth: 0.5,
    borderTopColor: "#777777",
    paddingTop: 4,
  },
  runningHeader: { position: "absolute", top: 26, left: 72, right: 72, fontSize: 8.5, color: "#333333" },
});
