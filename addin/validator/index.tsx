// The offline validator page: the same checks as `tendik validate`, in the browser, on a file from disk. While
// the clerk looks for their file, the checks run once on a blank template (warmUp), so the first file does not
// pay for the code's first run.
import { createRoot } from "react-dom/client";
import { warmUpWhenIdle } from "../taskpane/components/warmUp";
import { initialLanguage } from "../taskpane/language";
import { ValidatorPage } from "./ValidatorPage";

const container = document.getElementById("container");
if (!container) throw new Error("validator.html has no #container element");
const dark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
createRoot(container).render(<ValidatorPage initialLang={initialLanguage(navigator.language)} dark={dark} />);

warmUpWhenIdle(200);
