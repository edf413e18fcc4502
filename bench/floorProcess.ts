/**
 * The floor as a process of its own, for bench/targets.ts: read every .xlsx file of a folder, unzip it and scan
 * its XML once. What any reader of the same files must at least pay, Node's start included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipAndScan } from "./floor";

async function main(dir: string): Promise<void> {
  let cells = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort())
    cells += await unzipAndScan(new Uint8Array(readFileSync(join(dir, name))));
  process.stdout.write(`${cells}\n`);
}

void main(process.argv[2]);
