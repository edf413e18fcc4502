// Entry of the task pane: waits for Office.js, builds the host on the Office.js adapter (excel.ts) and renders
// the pane. Outside Office (the page opened in a plain browser) it says what it is instead of failing blank.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { officeHost } from "./excel";

function container(): HTMLElement {
  const element = document.getElementById("container");
  if (!element) throw new Error("taskpane.html has no #container element");
  return element;
}

if (typeof Office === "undefined") {
  container().textContent =
    "Tendik: open this page from Excel (Home > Tendik). / Откройте эту страницу из Excel. / Бул баракты Excel'ден ачыңыз.";
} else {
  void Office.onReady().then(() => createRoot(container()).render(<App host={officeHost()} />));
}
