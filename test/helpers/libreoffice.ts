import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** True when LibreOffice is installed (CI installs libreoffice-calc-nogui). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts files with LibreOffice in one run (`soffice --headless --convert-to FORMAT`), as a program
 * nobody here wrote re-saves them. Returns the converted bytes in input order.
 */
export function convertWithLibreOffice(files: { name: string; bytes: Uint8Array }[], format = "xlsx"): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), "tendik-lo-"));
  const out = join(dir, "out");
  const paths = files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
  // A private profile keeps runs independent of any other LibreOffice on the machine.
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", format, "--outdir", out, ...paths],
    { stdio: "ignore", timeout: 180000 },
  );
  return paths.map((p) => new Uint8Array(readFileSync(join(out, basename(p).replace(/\.[^.]+$/, `.${format}`)))));
}
