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
    expect(renderToStaticMarkup(<App host={host("ky-KG")} />)).toMatch(/>Отчет<.*>Бириктирүү</s);
    expect(renderToStaticMarkup(<App host={host("ru-RU")} />)).toMatch(/>Отчёт<.*>Сводка</s);
    expect(renderToStaticMarkup(<App host={host("de-DE")} />)).toMatch(/>Report<.*>Merge</s);
  });

  it("shows the product name as the pane's heading, the tabs and a labelled language switch", () => {
    const html = renderToStaticMarkup(<App host={host("ru-RU")} />);
    expect(html).toMatch(/<h1\b[^>]*>Tendik<\/h1>/);
    expect(html).toMatch(/role="tablist"/);
    expect(html).toMatch(/<label[^>]*>Язык<\/label>/);
    expect(html).toMatch(/role="tabpanel"/);
  });

  it("shows the plan control above the tabs, its choice offered while the plan loads", () => {
    const html = renderToStaticMarkup(<App host={host("ru-RU")} />);
    expect(html).toMatch(/<h2[^>]*>План<\/h2>.*Выбрать файл плана.*role="tablist"/s);
    expect(html).toMatch(/accept="\.json,\.xlsx,/);
  });
});
