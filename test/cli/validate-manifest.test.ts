import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateManifest } from "../../src/cli/manifest/validate";
import { run } from "../../src/cli/validate-manifest";
import { rewriteManifest } from "../../scripts/manifest-url.cjs";

const ROOT = join(__dirname, "../..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const validate = (xml: string, baseUrl?: string) => validateManifest(xml, { assetsRoot: ROOT, baseUrl });

describe("offline manifest validation", () => {
  test("the project's manifest is valid", () => {
    expect(validate(MANIFEST)).toEqual([]);
  });

  // Each mutation breaks one rule; the validator must name it.
  const broken: [string, (xml: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</DisplayName>", "</DisplayNam>"), /not well-formed/],
    [
      "a resid without a resource",
      (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'),
      /Group\.Missing.*does not name a resource/,
    ],
    [
      "a resid of the wrong kind",
      (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      /must name one of <bt:ShortStrings>/,
    ],
    [
      "a duplicate resource id",
      (x) => x.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'),
      /used more than once/,
    ],
    [
      "an http URL",
      (x) => x.replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
      /must be an https/,
    ],
    [
      "a broader permission",
      (x) => x.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox"),
      /least privilege/,
    ],
    [
      "elements out of order",
      (x) => x.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"),
      /out of order/,
    ],
    ["a short-lived runtime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    [
      "no SharedRuntime requirement",
      (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      /SharedRuntime/,
    ],
    [
      "a missing icon file",
      (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81\.png does not exist/,
    ],
    [
      "an icon of the wrong size",
      (x) =>
        x.replace(
          'DefaultValue="https://localhost:3000/assets/icon-32.png"/>\n        <bt:Image id="Icon.80x80"',
          'DefaultValue="https://localhost:3000/assets/icon-64.png"/>\n        <bt:Image id="Icon.80x80"',
        ),
      /64×64, expected 32×32/,
    ],
    [
      "a pane on another page than the runtime",
      (x) =>
        x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /shared runtime/,
    ],
    ["no Id", (x) => x.replace(/<Id>[^<]*<\/Id>/, ""), /lacks <Id>/],
    [
      "an AppDomain with a path",
      (x) =>
        x.replace(
          "  <Hosts>\n",
          "  <AppDomains><AppDomain>https://login.example/plan</AppDomain></AppDomains>\n  <Hosts>\n",
        ),
      /AppDomain> "https:\/\/login\.example\/plan" must be an origin/,
    ],
    [
      "the add-in's own origin as an AppDomain",
      (x) =>
        x.replace(
          "  <Hosts>\n",
          "  <AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>\n",
        ),
      /add-in's own origin/,
    ],
    [
      "a task pane button without a TaskpaneId",
      (x) => x.replace(/<TaskpaneId>[^<]*<\/TaskpaneId>/, ""),
      /needs a <TaskpaneId>/,
    ],
    [
      "custom functions without CustomFunctionsRuntime 1.2",
      (x) =>
        x.replace(
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
        ),
      /CustomFunctionsRuntime" MinVersion="1\.2"/,
    ],
    ["a bad namespace", (x) => x.replace('DefaultValue="PLAN"', 'DefaultValue="1PLAN"'), /namespace "1PLAN"/],
  ];
  test.each(broken)("rejects %s", (_name, mutate, message) => {
    const xml = mutate(MANIFEST);
    expect(xml).not.toBe(MANIFEST);
    const problems = validate(xml);
    expect(problems.join("\n")).toMatch(message);
  });

  test("checks URLs against the build's base URL", () => {
    expect(validate(MANIFEST, "https://intranet.example")).toEqual(
      expect.arrayContaining([expect.stringMatching(/does not match the build's base URL/)]),
    );
  });

  test("another origin as an AppDomain is fine", () => {
    const xml = MANIFEST.replace(
      "  <Hosts>\n",
      "  <AppDomains><AppDomain>https://login.example</AppDomain></AppDomains>\n  <Hosts>\n",
    );
    expect(validate(xml)).toEqual([]);
  });

  test("a manifest rewritten for another host validates with that host's assets", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    mkdirSync(join(dir, "assets"));
    for (const size of [16, 32, 64, 80])
      copyFileSync(join(ROOT, `assets/icon-${size}.png`), join(dir, `assets/icon-${size}.png`));
    const xml = MANIFEST.split("https://localhost:3000").join("https://intranet.example/plan");
    writeFileSync(join(dir, "manifest.xml"), xml);
    expect(validateManifest(xml, { assetsRoot: dir, baseUrl: "https://intranet.example/plan" })).toEqual([]);
  });

  test("npm run validate -- dist/manifest.xml --base-url URL checks that file, not the script's own", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    mkdirSync(join(dir, "assets"));
    for (const size of [16, 32, 64, 80])
      copyFileSync(join(ROOT, `assets/icon-${size}.png`), join(dir, `assets/icon-${size}.png`));
    const built = join(dir, "manifest.xml");
    writeFileSync(built, rewriteManifest(MANIFEST, "https://intranet.example/plan"));
    const quiet = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const errors = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const args = ["manifest.xml", built, "--base-url", "https://intranet.example/plan"];
      expect(run(args)).toBe(0);
      expect(run(["manifest.xml", "--base-url", "https://intranet.example/plan"])).toBe(1);
    } finally {
      quiet.mockRestore();
      errors.mockRestore();
    }
  });
});
