// The pane rendered to HTML without a browser, on a host whose workbook never answers: the first paint a clerk
// sees while the checks load. The workflows themselves run in Chromium (test/e2e/).
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../addin/taskpane/components/App";
import type { PaneHost } from "../../addin/taskpane/host";

const never = () => new Promise<never>(() => undefined);

function host(displayLanguage: string): PaneHost {
  return {
    port: {
      readGrid: never,
      render: never,
      writeCells: never,
      markIssues: never,
      clearMarks: never,
      selectCell: never,
    },
    features: { createWorkbook: true, marks: true, downloads: true },
    displayLanguage,
    dark: false,
    createWorkbook: never,
    download: () => undefined,
  };
}

describe("App", () => {
  it("opens in the Office language: Kyrgyz, Russian, else English", () => {
    expect(renderToStaticMarkup(<App host={host("ky-KG")} />)).toMatch(/>Тил<.*План:.*Планды өзгөртүү/s);
    expect(renderToStaticMarkup(<App host={host("ru-RU")} />)).toMatch(/>Язык<.*План:.*Сменить план/s);
    expect(renderToStaticMarkup(<App host={host("de-DE")} />)).toMatch(/>Language<.*Plan:.*Change the plan/s);
  });

  it("shows the product name as the pane's heading and a labelled language switch", () => {
    const html = renderToStaticMarkup(<App host={host("ru-RU")} />);
    expect(html).toMatch(/<h1\b[^>]*>Tendik<\/h1>/);
    expect(html).toMatch(/<label[^>]*>Язык<\/label>/);
  });

  it("offers no tabs until it knows what the workbook is: a report's workbook never gets the merge", () => {
    const html = renderToStaticMarkup(<App host={host("ru-RU")} />);
    expect(html).not.toMatch(/role="tablist"/);
    expect(html).not.toMatch(/>Сводка</);
    expect(html).toMatch(/data-role="unknown"/);
  });

  it("shows the plan as one folded line, its file choice behind it, and no plan id", () => {
    const html = renderToStaticMarkup(<App host={host("ru-RU")} />);
    expect(html).toMatch(/<h2[^>]*><button[^>]*aria-expanded="false"[^>]*>.*План:.*<\/button><\/h2>/s);
    expect(html).not.toMatch(/Выбрать файл плана/);
    expect(html).toMatch(/accept="\.json,\.xlsx,/);
    expect(html).not.toMatch(/kg-gender-equality/);
  });
});
