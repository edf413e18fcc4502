// Entry of the task pane. Inside Excel it waits for Office.js to be ready; where Office.js is absent (a plain
// browser, a headless test against a fake Excel) it renders at once, so the same bundle serves both.
import { createRoot } from "react-dom/client";
import { App } from "./components/App";

function renderPane(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(<App title="Tendik" />);
}

if (typeof Office === "undefined") {
  renderPane();
} else {
  void Office.onReady().then(renderPane);
}
