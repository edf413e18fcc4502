/**
 * What the pane may do with Excel, handed to the components as a prop: the workbook port (the Office.js
 * adapter) and the few host services outside it. Built in excel.ts, the add-in's one door to Office; tests build
 * it on a fake. Components never touch `Office` or `Excel` themselves.
 */
import type { WorkbookPort } from "../../core/port";

/** Features that depend on the user's Excel, detected once when the pane opens. */
export interface HostFeatures {
  /** `Excel.createWorkbook` (ExcelApi 1.8): a new report opens as a workbook of its own. */
  createWorkbook: boolean;
  /** Cell fills and notes for issue marks. */
  marks: boolean;
  /** The pane can hand a file to the user (a download); not in every Office webview. */
  downloads: boolean;
}

export interface PaneHost {
  port: WorkbookPort;
  features: HostFeatures;
  /** Office's display language, e.g. "ru-RU"; undefined outside Office. */
  displayLanguage?: string;
  /** True when Office shows a dark theme. */
  dark: boolean;
  /** Opens .xlsx bytes as a new workbook; only when `features.createWorkbook`. */
  createWorkbook(bytes: Uint8Array): Promise<void>;
  /** Hands a file to the user; only when `features.downloads`. */
  download(fileName: string, bytes: Uint8Array, mimeType: string): void;
}

/** Base64 of bytes, as `Excel.createWorkbook` takes them, in chunks (a template is hundreds of KB). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A browser download of bytes (an object URL on a temporary link), where the webview allows it. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
