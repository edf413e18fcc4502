// Entry of the task pane: waits for Office.js, builds the host on the Office.js adapter (excel.ts) and renders
// the pane in place of the skeleton taskpane.html shows until then. Outside Office (the page opened in a plain
// browser) it says what it is instead of failing blank. The checks (the engine chunk) start loading at once,
// beside Office's own start, so they are there by the time the clerk has read the first screen.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { preloadEngine } from "./components/useEngine";
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
  preloadEngine();
  void Office.onReady().then(() => {
    const host = officeHost();
    // The page's own background follows Office's theme (no light frame around a dark pane).
    document.documentElement.dataset.theme = host.dark ? "dark" : "light";
    createRoot(container()).render(<App host={host} />);
  });
}
