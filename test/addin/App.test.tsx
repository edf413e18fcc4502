// The placeholder pane, rendered to HTML without a browser: the title, the three workflows disabled, and the
// note that explains why. The pane in a real Chromium against a fake Excel comes with the workflows.
import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../addin/taskpane/components/App";

const html = renderToStaticMarkup(<App title="Tendik" />);
const buttons = [...html.matchAll(/<button\b([^>]*)>([^<]*)<\/button>/g)].map(([, attributes, label]) => ({
  label,
  disabled: /\sdisabled=""/.test(attributes),
}));

describe("App", () => {
  it("shows the product title as the pane's heading", () => {
    expect(html).toMatch(/<h1\b[^>]*>Tendik<\/h1>/);
  });

  it("offers the three workflows, disabled for now", () => {
    expect(buttons).toEqual([
      { label: "Build template", disabled: true },
      { label: "Validate", disabled: true },
      { label: "Merge", disabled: true },
    ]);
  });

  it("says why the buttons are disabled, and ties the note to them", () => {
    const noteId = /<span id="([^"]+)"[^>]*>These actions arrive with the next issues\.<\/span>/.exec(html)?.[1];
    expect(noteId).toBeDefined();
    expect(html.match(new RegExp(`aria-describedby="${noteId}"`, "g"))).toHaveLength(3);
  });
});
