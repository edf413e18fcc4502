import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readMaster } from "../../adapters/xlsx/masterWorkbook";
import { buildDataPackage, PERSONAL_FIELDS } from "../../core/coordinator/dataPackage";
import { defaultPlan } from "../../schema";
import profile from "./fixtures/datapackage-1.0.profile.json";
import { runTendik } from "./cli";
import { makeMaster, type MasterFixture } from "./masterFixture";

let fx: MasterFixture;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// A UI hint of the profile (a multi-line text box), not a constraint.
ajv.addFormat("textarea", true);
const validateProfile = ajv.compile(profile);

beforeAll(async () => {
  fx = await makeMaster();
}, 120000);

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("tendik export", () => {
  it("writes a Tabular Data Package whose descriptor validates against the published profile", async () => {
    const out = join(fx.root, "open-data");
    const { code, stdout } = await runTendik(["export", "--master", fx.master, "--out", out, "--lang", "ky"]);
    expect(code).toBe(0);
    expect(stdout).toContain("datapackage.json");
    expect(readdirSync(out).sort()).toEqual([
      "datapackage.json",
      "indicator-values.csv",
      "measure-reports.csv",
      "measure-verdicts.csv",
      "rejections.csv",
      "submissions.csv",
      "verdict-counts.csv",
      "warnings.csv",
    ]);
    const descriptor = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    const valid = validateProfile(descriptor);
    expect(validateProfile.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(
      descriptor.resources.map((r: { schema: { fields: unknown[] } }) => r.schema.fields.length > 0),
    ).not.toContain(false);
  });

  it("puts every row of each table in its CSV, in UTF-8 with a BOM (for Excel), with the schema's columns and codes", async () => {
    const { master } = await readMaster(readFileSync(fx.master), defaultPlan);
    const out = join(fx.root, "open-data");
    const descriptor = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(out, resource.path));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(resource.encoding).toBe("utf-8-sig");
      const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1));
      const fields = resource.schema.fields as { name: string; type: string; constraints?: { enum?: string[] } }[];
      expect(header).toEqual(fields.map((f) => f.name));
      for (const [i, f] of fields.entries()) {
        const values = rows.map((r) => r[i]).filter((v) => v !== "");
        if (f.constraints?.enum) for (const v of values) expect(f.constraints.enum).toContain(v);
        if (f.type === "integer") for (const v of values) expect(v).toMatch(/^-?\d+$/);
        if (f.type === "date") for (const v of values) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const p of PERSONAL_FIELDS) expect(header).not.toContain(p);
    }
    const counts = Object.fromEntries(
      descriptor.resources.map((r: { name: string; path: string }) => [
        r.name,
        parseCsv(readFileSync(join(out, r.path), "utf8").slice(1)).length - 1,
      ]),
    );
    expect(counts).toEqual({
      "measure-reports": master.measureReports.length,
      "indicator-values": master.indicatorValues.length,
      submissions: master.submissions.length,
      warnings: master.warnings.length,
      rejections: master.rejections.length,
      // 117 verdicts per period the master holds; per period the plan and its five chapters.
      "measure-verdicts": 2 * 117,
      "verdict-counts": 2 * 6,
    });
    expect(master.rejections.length).toBeGreaterThan(0);
  });

  it("keeps a narrative with commas, quotes and line breaks intact", () => {
    const { master } = { master: { ...emptyish(), measureReports: [] as never[] } };
    const pkg = buildDataPackage(
      {
        ...master,
        submissions: [
          {
            seq: 1,
            agency: "ЭМ",
            period: "2019-H2",
            fileName: 'a "b", c\nd.xlsx',
            sha256: "x",
            receivedAt: "2020-01-01T00:00:00Z",
            outcome: "accepted",
            measures: 1,
            values: 0,
            errors: 0,
            warnings: 0,
            replaces: null,
            replacedBy: null,
            preparedBy: "Асанова А.",
            position: null,
            phone: "+996 312 000000",
            email: "a@example.kg",
            preparedOn: null,
          },
        ],
      },
      defaultPlan,
      "en",
      "2020-01-01T00:00:00Z",
    );
    const csv = pkg.files.find((f) => f.path === "submissions.csv")!.text.slice(1);
    expect(parseCsv(csv)[1][3]).toBe('a "b", c\nd.xlsx');
    expect(csv).not.toContain("+996");
  });
});

describe("the data's licence (issue 18)", () => {
  it("is stated with --licence, by its id and, for a known one, its text's address; the profile still holds", async () => {
    const out = join(fx.root, "open-data-licensed");
    const { code } = await runTendik(["export", "--master", fx.master, "--out", out, "--licence", "CC-BY-4.0"]);
    expect(code).toBe(0);
    const descriptor = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(descriptor.licenses).toEqual([
      {
        name: "CC-BY-4.0",
        title: "Creative Commons Attribution 4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
      },
    ]);
    expect(descriptor["x-licence"]).toBeUndefined();
    expect(validateProfile(descriptor)).toBe(true);
  });

  it("without --licence, the descriptor says none is chosen yet (and claims no licence)", async () => {
    const descriptor = JSON.parse(readFileSync(join(fx.root, "open-data", "datapackage.json"), "utf8"));
    expect(descriptor.licenses).toBeUndefined();
    expect(descriptor["x-licence"]).toMatch(/No licence has been chosen/);
  });

  it("refuses what is no licence id, before anything is written", async () => {
    const out = join(fx.root, "open-data-bad-licence");
    const { code, stderr } = await runTendik(["export", "--master", fx.master, "--out", out, "--licence", "CC BY 4.0"]);
    expect(code).toBe(2);
    expect(stderr).toContain("not a licence identifier");
  });
});

describe("values a spreadsheet would take for a formula (issue 23)", () => {
  it("are published as typed in the open data, and the descriptor says so and counts them", () => {
    const row = { ...submissionRow(), fileName: '=HYPERLINK("http://x")', preparedBy: "@x" };
    const pkg = buildDataPackage({ ...emptyish(), measureReports: [], submissions: [row] }, defaultPlan, "en", "x");
    const csv = pkg.files.find((f) => f.path === "submissions.csv")!.text.slice(1);
    expect(parseCsv(csv)[1][3]).toBe('=HYPERLINK("http://x")');
    const resource = (pkg.descriptor.resources as Record<string, unknown>[]).find((r) => r.name === "submissions")!;
    expect(resource["x-formula-like-values"]).toBe(1);
    expect(pkg.descriptor["x-values-as-typed"]).toMatch(/exactly as the reporting bodies typed them/);
  });
});

function submissionRow() {
  return {
    seq: 1,
    agency: "ЭМ",
    period: "2019-H2",
    fileName: "a.xlsx",
    sha256: "x",
    receivedAt: "2020-01-01T00:00:00Z",
    outcome: "accepted" as const,
    measures: 1,
    values: 0,
    errors: 0,
    warnings: 0,
    replaces: null,
    replacedBy: null,
    preparedBy: null,
    position: null,
    phone: null,
    email: null,
    preparedOn: null,
  };
}

function emptyish() {
  return {
    identity: { kind: "master" as const, formatVersion: 1, planId: defaultPlan.id, planHash: "" },
    indicatorValues: [],
    submissions: [],
    warnings: [],
    rejections: [],
  };
}
