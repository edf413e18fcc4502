/**
 * Renders documents as a person sees them: LibreOffice to PDF, then poppler to images (PPM to count pixels,
 * PNG to look at) and to text. Tests skip (visibly) where soffice or poppler is missing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

function has(cmd: string): boolean {
  try {
    execFileSync(cmd, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** soffice, pdftoppm and pdftotext are all installed. */
export const canRender = hasLibreOffice() && has("pdftoppm") && has("pdftotext");

/** LibreOffice Writer is installed too (Debian's libreoffice-writer-nogui): Calc alone cannot open a .docx. */
export const canRenderDocx = canRender && hasWriter();

function hasWriter(): boolean {
  try {
    const soffice = realpathSync(execFileSync("which", ["soffice"], { encoding: "utf8" }).trim());
    return readdirSync(dirname(soffice)).some((f) => /^(lib)?swlo\.(so|dylib|dll)$/.test(f));
  } catch {
    return false;
  }
}

/** LibreOffice's PDF of a file. */
export function toPdf(name: string, bytes: Uint8Array): Uint8Array {
  return convertWithLibreOffice([{ name, bytes }], "pdf")[0];
}

/** The PDF's text (pdftotext, layout kept). */
export function pdfText(pdfPath: string): string {
  return execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
}

/** Renders a page of a PDF to `outBase-N.png` (for people) and returns its pixels (from a PPM, for tests). */
export function renderPage(pdfPath: string, outBase: string, page = 1, dpi = 60): Pixels {
  mkdirSync(join(outBase, ".."), { recursive: true });
  const range = ["-f", String(page), "-l", String(page), "-r", String(dpi)];
  execFileSync("pdftoppm", [...range, "-png", "-singlefile", pdfPath, outBase]);
  execFileSync("pdftoppm", [...range, "-singlefile", pdfPath, `${outBase}-raw`]);
  return readPpm(readFileSync(`${outBase}-raw.ppm`));
}

export function pageCount(dir: string, prefix: string): number {
  return readdirSync(dir).filter((f) => f.startsWith(prefix)).length;
}

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary PPM (P6, maxval 255). */
export function readPpm(buf: Uint8Array): Pixels {
  let pos = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    let s = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    return s;
  };
  if (token() !== "P6") throw new Error("not a binary PPM");
  const width = Number(token());
  const height = Number(token());
  token(); // maxval
  pos++;
  return { width, height, data: buf.subarray(pos, pos + width * height * 3) };
}

/** Pixels within `tolerance` of the colour "RRGGBB". */
export function countColour(p: Pixels, rgb: string, tolerance = 12): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < p.data.length; i += 3)
    if (
      Math.abs(p.data[i] - r) <= tolerance &&
      Math.abs(p.data[i + 1] - g) <= tolerance &&
      Math.abs(p.data[i + 2] - b) <= tolerance
    )
      n++;
  return n;
}
