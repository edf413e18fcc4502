import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultPlan, reportingBodies, type Report, planPeriods, type Plan } from "../../schema";
import { demoReport, earlierReport } from "../demo/sampleReports";
import { templateFileName, writeTemplateFile } from "./template";
import { checkFiles, formatTask } from "./validate";
import { mergeIntoMaster, type MergeReport } from "./merge";
import { handOnFromMaster } from "./report";
import { writeWorkbook } from "../../adapters/xlsx";

/** The embedded plan's demo period; another plan's demo reports on its first half-year. */
const EMBEDDED_PERIOD = "2019-H2";
/**
 * Half-years reported before it, with the share of the later completed measures that were completed then: the
 * master then holds three half-years, and its progress over time shows measures moving.
 */
const EARLIER: [string, number][] = [
  ["2018-H2", 0.3],
  ["2019-H1", 0.65],
];

/**
 * The main job on the embedded plan, for a newcomer with no Excel: templates for every body, realistic
 * submissions filled from them (a few with errors, a resubmission, a duplicate), validation, and the merge
 * into a master workbook in two rounds, as a coordinator receives them. Deterministic: the same files every run
 * (apart from the dates a workbook records when it is saved).
 */
export async function runDemo(args: { out?: string; plan?: Plan }): Promise<number> {
  const plan = args.plan ?? defaultPlan;
  const period = plan === defaultPlan ? EMBEDDED_PERIOD : planPeriods(plan.period)[0];
  const dir = args.out ?? "tendik-demo";
  const say = (line = "") => process.stdout.write(line + "\n");
  await rm(dir, { recursive: true, force: true });
  const dirs = {
    templates: join(dir, "templates"),
    round0: join(dir, "submissions", "0-earlier"),
    round1: join(dir, "submissions", "1-first"),
    round2: join(dir, "submissions", "2-later"),
  };
  for (const d of Object.values(dirs)) await mkdir(d, { recursive: true });

  const agencies = reportingBodies(plan);
  say(`Tendik demo: ${plan.title.en ?? plan.title.ky}, period ${period}`);
  for (const agency of agencies)
    await writeTemplateFile(join(dirs.templates, templateFileName(plan, agency, period)), {
      agency,
      period,
      language: "ky",
      plan,
    });
  say(`1. ${agencies.length} templates, one per responsible body: ${dirs.templates}/`);

  // Most bodies report; the last eight have not yet, so the master shows who is missing.
  const reporting = agencies.slice(0, agencies.length - Math.min(8, Math.floor(agencies.length / 3)));
  const file = (round: string, agency: string, suffix = "") =>
    join(round, templateFileName(plan, agency, period).replace(/\.xlsx$/, `${suffix}.xlsx`));
  const reports = new Map<string, Report>(
    reporting.map((agency, i) => [agency, demoReport(agency, period, 1000 + i, plan)]),
  );
  const broken = brokenVersions(reports);
  // Earlier half-years, from every body (those silent now included: their contacts come from these reports).
  const earlier = plan === defaultPlan ? EARLIER : [];
  for (const [p, done] of earlier)
    for (const [i, agency] of agencies.entries()) {
      const later = reports.get(agency) ?? demoReport(agency, period, 1000 + i, plan);
      await writeTemplateFile(join(dirs.round0, templateFileName(plan, agency, p)), {
        agency,
        period: p,
        language: "ky",
        plan,
        prefill: earlierReport(later, p, done, 2000 + i),
      });
    }
  for (const agency of reporting)
    await writeTemplateFile(file(dirs.round1, agency), {
      agency,
      period,
      language: "ky",
      plan,
      prefill: broken.get(agency) ?? reports.get(agency)!,
    });
  // A body's own spreadsheet instead of the template: a well-formed workbook, refused as not a report.
  await writeFile(join(dirs.round1, "ZHMA-2019-H2-export.xlsx"), await ownSpreadsheet());
  // Later: the corrected versions of the rejected files, a revised report, and a file sent twice.
  for (const agency of broken.keys())
    await writeTemplateFile(file(dirs.round2, agency, "-corrected"), {
      agency,
      period,
      language: "ky",
      plan,
      prefill: reports.get(agency)!,
    });
  const revised = reporting[1];
  const revision = structuredClone(reports.get(revised)!);
  revision.entries = revision.entries.map((e) =>
    e.status === "in-progress" ? { ...e, status: "completed" as const } : e,
  );
  await writeTemplateFile(file(dirs.round2, revised, "-revised"), {
    agency: revised,
    period,
    language: "ky",
    plan,
    prefill: revision,
  });
  await copyFile(file(dirs.round1, reporting[2]), file(dirs.round2, reporting[2], "-sent-again"));
  if (earlier.length)
    say(`2. ${earlier.length * agencies.length} reports for ${earlier.map(([p]) => p).join(" and ")}: ${dirs.round0}/`);
  say(
    `${earlier.length ? "  " : "2."} ${reporting.length + 1} submissions received first (${broken.size} with errors, 1 not a workbook): ${dirs.round1}/`,
  );
  say(`   ${broken.size + 2} later (corrections, a revised report, a file sent twice): ${dirs.round2}/`);

  const checked = await checkFiles(
    [...broken.keys()].map((a) => file(dirs.round1, a)),
    plan,
  );
  say(`3. Validation before sending finds, for example:`);
  for (const c of checked)
    say(
      formatTask(c.task, "en")
        .split("\n")
        .slice(0, 4)
        .map((l) => `   ${l}`)
        .join("\n"),
    );

  const master = join(dir, "master.xlsx");
  const before = earlier.length
    ? await mergeIntoMaster({ into: master, inputs: [dirs.round0], json: false, lang: "en", plan })
    : null;
  const first = await mergeIntoMaster({ into: master, inputs: [dirs.round1], json: false, lang: "en", plan });
  const later = await mergeIntoMaster({ into: master, inputs: [dirs.round2], json: false, lang: "en", plan });
  say(`4. Merged into ${master}:`);
  if (before) say(`   earlier:     ${line(before)}`);
  say(`   first round: ${line(first)}`);
  say(`   later:       ${line(later)}`);
  const missing = agencies.filter((a) => !reporting.includes(a));
  say(`   not reported yet: ${missing.join(", ")}`);
  // What the coordinator hands on: the report, who to chase, the rejected files sent back, the open data.
  const rejected = first.files.filter((f) => f.status === "rejected").map((f) => join(dirs.round1, f.file));
  for (const l of await handOnFromMaster({ dir, master, period, rejected, plan })) say(l);
  say("");
  say(
    `Open ${master} in Excel or LibreOffice: measure reports and indicator values as Excel Tables, the submissions log,`,
  );
  say(
    `rejected files with their reasons, the measures by verdict per chapter, goal and task${earlier.length ? `, the ${earlier.length + 1} half-years side by side with their charts` : ""},`,
  );
  say(`and completeness per body.`);
  say(`Check a file yourself:  npx tendik validate ${file(dirs.round1, [...broken.keys()][0])} --lang ru`);
  return 0;
}

function line(r: MergeReport): string {
  const s = r.stats;
  return `${s.files} files — ${s.accepted} accepted, ${s.replaced} replaced an earlier one, ${s.unchanged} unchanged (duplicate), ${s.rejected} rejected`;
}

/** Two reports with the mistakes clerks make: a total that women + men do not add up to, and a status left out. */
function brokenVersions(reports: Map<string, Report>): Map<string, Report> {
  const out = new Map<string, Report>();
  for (const [agency, report] of reports) {
    if (out.size >= 2) break;
    const r = structuredClone(report);
    const withPeople = r.entries.find((e) => e.indicators.some((v) => v.kind === "people" && v.total !== undefined));
    if (out.size === 0 && withPeople) {
      const v = withPeople.indicators.find((x) => x.kind === "people")!;
      if (v.kind === "people") v.total = (v.total ?? 0) + 10;
      out.set(agency, r);
    } else if (out.size === 1 && r.entries.length > 2) {
      const e = r.entries.find((x) => x.status === "in-progress" || x.status === "completed")!;
      delete (e as Partial<typeof e>).status;
      out.set(agency, r);
    }
  }
  return out;
}

/** A workbook a body made on its own (its measures in a table of its own), as some send instead of the template. */
function ownSpreadsheet(): Promise<Uint8Array> {
  const rows = [
    ["№", "Чара", "Абалы"],
    ["4.6", "Аялдардын ишкердигин колдоо", "Аткарылды"],
  ];
  return writeWorkbook({
    sheets: [
      {
        name: "Sheet1",
        state: "visible",
        columns: [{ width: 8 }, { width: 40 }, { width: 14 }],
        cells: rows.flatMap((row, r) => row.map((value, c) => ({ ref: `${"ABC"[c]}${r + 1}`, value }))),
        merges: [],
        protect: false,
        validations: [],
      },
    ],
    styles: {},
    definedNames: [],
    activeSheet: "Sheet1",
    properties: { title: "", creator: "" },
  });
}
