// The offline validator page: the same checks as `tendik validate`, in the browser, on a file from disk.
import { createRoot } from "react-dom/client";
import { initialLanguage } from "../taskpane/language";
import { ValidatorPage } from "./ValidatorPage";

const container = document.getElementById("container");
if (!container) throw new Error("validator.html has no #container element");
const dark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
createRoot(container).render(<ValidatorPage initialLang={initialLanguage(navigator.language)} dark={dark} />);
