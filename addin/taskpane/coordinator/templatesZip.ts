/**
 * Every body's template for a period in one zip, as `tendik template --all` writes them into a folder: the same
 * spec, the same bytes, the same file names, for the plan in use. Loaded only when the coordinator asks for it.
 */
import JSZip from "jszip";
import { writeWorkbook } from "../../../adapters/xlsx";
import { buildTemplate, templateFileName } from "../../../core";
import { reportingBodies, type Language, type Plan } from "../../../schema";

/** The bodies `tendik template --all` writes a template for. */
export function templateBodies(plan: Plan): string[] {
  return reportingBodies(plan);
}

/** The zip's bytes; `onProgress` is told after each template. */
export async function templatesZip(
  plan: Plan,
  period: string,
  language: Language,
  onProgress: (done: number, total: number) => void,
): Promise<{ fileName: string; bytes: Uint8Array; count: number }> {
  const zip = new JSZip();
  const bodies = templateBodies(plan);
  onProgress(0, bodies.length);
  for (const [i, agency] of bodies.entries()) {
    zip.file(
      templateFileName(plan, agency, period),
      await writeWorkbook(buildTemplate({ agency, period, language, plan })),
    );
    onProgress(i + 1, bodies.length);
    // Lets the pane paint the count between templates.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  // The templates are zip archives already: storing them again costs nothing and saves time.
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { fileName: `tendik-templates-${period}.zip`, bytes, count: bodies.length };
}
