// manifest.xml, checked offline: the 2019 XSDs in ../shared/manifest-xsd/ (Microsoft's validator is a web service),
// plus what those schemas do not enforce: https everywhere, resource ids that resolve to the right kind of
// resource, and local URLs that name files the build actually serves.
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { FEATURE_SETS } from "../../adapters/officejs/requirements";

const root = join(__dirname, "../..");
const xsdDir = join(__dirname, "../../../shared/manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const DEV_ORIGIN = "https://localhost:3000/";

const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validateManifest(xml: string): Promise<XMLValidationResult> {
  const xsds = readdirSync(xsdDir).filter((f) => f.endsWith(".xsd"));
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(xsdDir, name), "utf8") });
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(MAIN_XSD)],
    preload: xsds.filter((f) => f !== MAIN_XSD).map(file),
  });
}

/** Attribute values and texts that carry a scheme, without the xmlns declarations (names, not fetched). */
function urlsIn(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return [...withoutNamespaces.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi)].map((m) => m[0]);
}

/** Which resource collection a `resid` must point into, by the element that carries it. */
const RESOURCE_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function resourceIds(xml: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [, kind, body] of xml.matchAll(/<bt:(Images|Urls|ShortStrings|LongStrings)>([\s\S]*?)<\/bt:\1>/g)) {
    for (const [, id] of body.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)) {
      expect(ids.has(id)).toBe(false);
      ids.set(id, kind);
    }
  }
  return ids;
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is valid against the Office add-in manifest XSDs", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is checked for real: a manifest without its Id is rejected", async () => {
    const result = await validateManifest(manifest.replace(/<Id>[^<]*<\/Id>/, ""));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toMatch(/Expected is \( \{[^}]+\}Id \)/);
  });

  it("is a task pane add-in for Excel named Tendik with a fixed GUID", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Tendik"\/>/);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
  });

  it("asks for the ExcelApi set the pane needs to start, the lowest of README's requirement table (the rest is detected)", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| Feature"), readme.indexOf("\n\n", readme.indexOf("| Feature")));
    const sets = [...table.matchAll(/^\|[^|]+\|\s*(\d+\.\d+)\s*\|/gm)].map((m) => m[1]);
    expect(sets.length).toBeGreaterThan(5);
    const lowest = sets.sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))[0];
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${lowest}"/>`);
    expect(lowest).toBe(FEATURE_SETS.core);
  });

  it("uses https for every URL", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("finds URLs that are not https", () => {
    expect(urlsIn('<a xmlns="http://x/ns" b="http://localhost:3000/a.html"/>')).toEqual([
      "http://localhost:3000/a.html",
    ]);
  });

  it("points every resid at a resource of the right kind", () => {
    const ids = resourceIds(manifest);
    const refs = [...manifest.matchAll(/<(?:bt:)?(\w+)\b[^>]*\bresid="([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, element, resid] of refs) {
      expect([element, resid, ids.get(resid)]).toEqual([element, resid, RESOURCE_KIND[element]]);
    }
  });

  it("names only files the add-in build serves, with icons of the size they claim", () => {
    const local = urlsIn(manifest.replace(/<!--[\s\S]*?-->/g, ""))
      .filter((u) => u.startsWith(DEV_ORIGIN))
      .map((u) => u.slice(DEV_ORIGIN.length));
    expect(local).toContain("taskpane.html");
    for (const path of new Set(local)) {
      if (path.startsWith("assets/")) {
        expect([path, existsSync(join(root, path))]).toEqual([path, true]);
        const size = /icon-(\d+)\.png$/.exec(path)?.[1];
        if (size) expect([path, pngSize(join(root, path))]).toEqual([path, [Number(size), Number(size)]]);
      } else {
        const page = path.replace(/\.html$/, "");
        expect([path, existsSync(join(root, "addin", page, path))]).toEqual([path, true]);
      }
    }
  });
});
