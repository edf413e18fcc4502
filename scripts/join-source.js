#!/usr/bin/env node
// Joins line ranges of the source text with the rule of ../shared/source/ANALYSIS.md:
// a line ending in a space ends a word (join with a space); a line with no trailing space was cut
// mid-word (join directly); a line ending in "-" keeps its hyphen (join directly) unless it is one of
// the known soft hyphenation points. Blank lines become paragraph breaks ("\n"); URL artefacts are dropped.
// Usage: node scripts/join-source.js 106 120 [300 310 ...]   (inclusive 1-based line ranges)
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const sourcePath = process.env.TENDIK_SOURCE ?? join(__dirname, "..", "..", "shared", "source", "nap-2018-2020.ky.txt");
let lines;

const SOFT = [/макулда-$/i, /облустар-$/i, /курмандык-$/i, /маалымдуулук-$/i, /жоопкерчилиги-$/i];

function joinRanges(ranges) {
  lines ??= readFileSync(sourcePath, "utf8").split("\n");
  let out = "";
  let pendingBreak = false;
  for (const [a, b] of ranges) {
    for (let n = a; n <= b; n++) {
      const raw = lines[n - 1] ?? "";
      if (/^\s*https?:\/\/cbd\.minjust\.gov\.kg/.test(raw)) continue; // link artefacts of the PDF, not content
      const text = raw.replace(/^\s+/, "");
      if (text.trim() === "") {
        if (out) pendingBreak = true;
        continue;
      }
      if (!out) {
        out = text;
        continue;
      }
      if (pendingBreak) {
        out = out.replace(/\s+$/, "") + "\n" + text;
        pendingBreak = false;
        continue;
      }
      if (/\s$/.test(out)) out = out.replace(/\s+$/, " ") + text;
      else if (SOFT.some((re) => re.test(out))) out = out.slice(0, -1) + text;
      else out += text;
    }
  }
  return out
    .replace(/[ \t]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}

module.exports = { joinRanges, sourcePath };

if (require.main === module) {
  const nums = process.argv.slice(2).map(Number);
  const ranges = [];
  for (let i = 0; i < nums.length; i += 2) ranges.push([nums[i], nums[i + 1] ?? nums[i]]);
  process.stdout.write(joinRanges(ranges) + "\n");
}
