// The add-in's one door to Office: builds the pane's host (PaneHost) on the Office.js adapter, which is the only
// code that calls Excel.run, and on the few Office services outside a workbook (language, theme, requirement
// sets, Excel.createWorkbook). Components never import this: index.tsx hands the host to the pane as a prop.
import { OfficeWorkbook } from "../../adapters/officejs";
import { downloadBytes, toBase64, type PaneHost } from "./host";
import { isDarkColor } from "./components/theme";

/** Whether this Excel has ExcelApi `version` (features beyond the manifest's minimum are detected, not required). */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/**
 * Downloads from the task pane work in Excel on the web and in the Windows webview; the Mac and iPad webviews
 * drop them silently, so the pane says so there instead of pretending.
 */
function downloadsWork(): boolean {
  const platform = String(Office.context?.platform ?? "");
  return platform !== "Mac" && platform !== "iOS";
}

/** The pane's host in Excel. */
export function officeHost(): PaneHost {
  const port = new OfficeWorkbook();
  return {
    port,
    features: {
      createWorkbook: supportsExcelApi("1.8"),
      // A fill on the cell needs only ExcelApi 1.1; the adapter adds a note or comment where the set allows.
      marks: true,
      downloads: downloadsWork(),
    },
    displayLanguage: Office.context?.displayLanguage,
    dark: isDarkColor(Office.context?.officeTheme?.bodyBackgroundColor),
    createWorkbook: (bytes) => Excel.createWorkbook(toBase64(bytes)),
    download: downloadBytes,
  };
}
