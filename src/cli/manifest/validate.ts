/**
 * Offline validation of manifest.xml: well-formed XML (parsed with @xmldom/xmldom), the elements and
 * order Excel needs for a task pane with a shared runtime and custom functions, unique ids, resids that
 * resolve, HTTPS URLs on one origin, and icon files that exist with the size they claim.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import {
  ALLOWED_PERMISSION,
  CUSTOM_FUNCTIONS_CHILDREN,
  CUSTOM_FUNCTIONS_RUNTIME,
  GUID,
  HOST_CHILDREN,
  NAMESPACE,
  OFFICE_APP_CHILDREN,
  RESID_KIND,
  VERSION,
} from "./rules";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";

export interface ValidateOptions {
  /** Folder whose assets/ holds the icons the manifest names (the project root or dist/). */
  assetsRoot: string;
  /** Expected origin of every hosted URL (from the build); default: the origin of the task pane URL. */
  baseUrl?: string;
}

const children = (el: Element, name?: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (name === undefined || (n as Element).localName === name),
  );
const child = (el: Element | undefined, name: string): Element | undefined =>
  el ? children(el, name)[0] : undefined;
const descendants = (el: Element, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS("*", name));
const xsiType = (el: Element) => el.getAttributeNS(XSI, "type") ?? "";

/** Returns the problems found; an empty list means the manifest is valid. */
export function validateManifest(xml: string, options: ValidateOptions): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message.trim());
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (error) {
    parseErrors.push((error as Error).message.split("\n")[0]);
  }
  if (parseErrors.length || !doc) return parseErrors.map((m) => `XML is not well-formed: ${m}`);
  const root = doc.documentElement as unknown as Element | null;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    return [`the root element must be <OfficeApp xmlns="${OFFICE_APP_NS}">`];
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push('<OfficeApp> must have xsi:type="TaskPaneApp"');

  checkOrder(
    children(root).map((c) => c.localName ?? ""),
    OFFICE_APP_CHILDREN,
    "<OfficeApp>",
    problems,
  );
  const text = (name: string) => child(root, name)?.textContent?.trim() ?? "";
  if (!GUID.test(text("Id"))) problems.push(`<Id> must be a GUID, got "${text("Id")}"`);
  if (!VERSION.test(text("Version")))
    problems.push(`<Version> must look like 1.0.0.0, got "${text("Version")}"`);
  const permission = text("Permissions");
  if (permission !== ALLOWED_PERMISSION) {
    problems.push(`<Permissions> must be ${ALLOWED_PERMISSION} (least privilege), got "${permission}"`);
  }
  const requirements = descendants(child(root, "Requirements") ?? root, "Set");
  const sets = requirements.map((s) => s.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push('<Requirements> must include the "SharedRuntime" set');
  const hasFunctions = descendants(root, "ExtensionPoint").some((e) => xsiType(e) === "CustomFunctions");
  const { set, minVersion } = CUSTOM_FUNCTIONS_RUNTIME;
  const declared = requirements.find((s) => s.getAttribute("Name") === set)?.getAttribute("MinVersion");
  if (hasFunctions && (!declared || compareVersions(declared, minVersion) < 0)) {
    problems.push(
      `<Requirements> must include <Set Name="${set}" MinVersion="${minVersion}"/> or later: the functions use CustomFunctions.Error`,
    );
  }

  const resources = collectResources(root, problems);
  checkVersionOverrides(root, resources, problems);
  checkUrls(root, resources, options, problems);
  return problems;
}

function checkOrder(
  actual: string[],
  expected: { name: string; required?: boolean }[],
  where: string,
  problems: string[],
) {
  const rank = new Map(expected.map((e, i) => [e.name, i]));
  let last = -1;
  for (const name of actual) {
    const r = rank.get(name);
    if (r === undefined) problems.push(`${where} has an unexpected element <${name}>`);
    else if (r < last)
      problems.push(
        `${where}: <${name}> is out of order (expected order: ${expected.map((e) => e.name).join(", ")})`,
      );
    else last = r;
  }
  for (const e of expected)
    if (e.required && !actual.includes(e.name)) problems.push(`${where} lacks <${e.name}>`);
}

type Resources = Map<string, { kind: string; values: string[] }>;

function collectResources(root: Element, problems: string[]): Resources {
  const resources: Resources = new Map();
  const block = descendants(root, "Resources")[0];
  if (!block) {
    problems.push("<VersionOverrides> lacks <Resources>");
    return resources;
  }
  for (const collection of children(block)) {
    for (const item of children(collection)) {
      const id = item.getAttribute("id") ?? "";
      if (!id) problems.push(`a resource in <${collection.localName}> has no id`);
      if (resources.has(id)) problems.push(`resource id "${id}" is used more than once`);
      const values = [
        item.getAttribute("DefaultValue") ?? "",
        ...children(item, "Override").map((o) => o.getAttribute("Value") ?? ""),
      ];
      resources.set(id, { kind: collection.localName ?? "", values });
    }
  }
  for (const el of descendants(root, "*")) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    const found = resources.get(resid);
    const kind = RESID_KIND[el.localName ?? ""];
    if (!found) problems.push(`resid "${resid}" on <${el.localName}> does not name a resource`);
    else if (kind && found.kind !== kind)
      problems.push(
        `resid "${resid}" on <${el.localName}> must name one of <bt:${kind}>, not <bt:${found.kind}>`,
      );
  }
  const controlIds = descendants(root, "*")
    .filter((el) => ["Group", "Control", "OfficeTab"].includes(el.localName ?? "") && el.getAttribute("id"))
    .map((el) => el.getAttribute("id") as string);
  for (const id of new Set(controlIds.filter((id, i) => controlIds.indexOf(id) !== i))) {
    problems.push(`control id "${id}" is used more than once`);
  }
  return resources;
}

function checkVersionOverrides(root: Element, resources: Resources, problems: string[]) {
  const overrides = child(root, "VersionOverrides");
  const host =
    overrides &&
    children(child(overrides, "Hosts") ?? overrides, "Host").find((h) => xsiType(h) === "Workbook");
  if (!host) {
    problems.push('<VersionOverrides> needs <Hosts><Host xsi:type="Workbook">');
    return;
  }
  checkOrder(
    children(host).map((c) => c.localName ?? ""),
    HOST_CHILDREN.map((name) => ({ name, required: true })),
    "<Host Workbook>",
    problems,
  );
  const runtime = child(child(host, "Runtimes"), "Runtime");
  if (runtime?.getAttribute("lifetime") !== "long")
    problems.push('the shared runtime needs <Runtime lifetime="long">');
  const functions = descendants(host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  if (!functions) {
    problems.push('<AllFormFactors> needs <ExtensionPoint xsi:type="CustomFunctions">');
  } else {
    checkOrder(
      children(functions).map((c) => c.localName ?? ""),
      CUSTOM_FUNCTIONS_CHILDREN.map((name) => ({ name, required: true })),
      "the CustomFunctions extension point",
      problems,
    );
    const namespace = resources.get(child(functions, "Namespace")?.getAttribute("resid") ?? "");
    for (const value of namespace?.values ?? []) {
      if (!NAMESPACE.test(value))
        problems.push(
          `custom-function namespace "${value}" must start with a letter and hold only letters, digits and periods`,
        );
    }
  }
  // Shared runtime: the pane, the functions page and the function file must be one page.
  const runtimeId = runtime?.getAttribute("resid");
  const samePage = [
    child(child(functions, "Page"), "SourceLocation"),
    child(child(host, "DesktopFormFactor"), "FunctionFile"),
    ...descendants(host, "Action")
      .filter((a) => xsiType(a) === "ShowTaskpane")
      .map((a) => child(a, "SourceLocation")),
  ];
  for (const el of samePage) {
    if (el && el.getAttribute("resid") !== runtimeId) {
      problems.push(
        `<${el.localName} resid="${el.getAttribute("resid")}"> must use the runtime page "${runtimeId}" (shared runtime)`,
      );
    }
  }
  const panes = descendants(host, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
  if (panes.length === 0) {
    problems.push('no ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">)');
  }
  // A shared runtime supports one task pane, and a ShowTaskpane action without a <TaskpaneId> counts as a
  // different task pane (Microsoft: "Configure your Office Add-in to use a shared runtime"): every action
  // that opens the runtime's page needs the same TaskpaneId.
  const ids = panes
    .filter((a) => child(a, "SourceLocation")?.getAttribute("resid") === runtimeId)
    .map((a) => child(a, "TaskpaneId")?.textContent?.trim() ?? "");
  if (ids.includes("")) {
    problems.push("every ShowTaskpane action of the shared runtime needs a <TaskpaneId> (one task pane)");
  } else if (new Set(ids).size > 1) {
    problems.push(
      `the shared runtime's ShowTaskpane actions must share one <TaskpaneId>, got ${[...new Set(ids)].join(", ")}`,
    );
  }
}

function checkUrls(root: Element, resources: Resources, options: ValidateOptions, problems: string[]) {
  const urls: { where: string; url: string; size?: number }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const el of children(root).concat(children(child(root, "DefaultSettings") ?? root))) {
      if (el.localName === name && el.getAttribute("DefaultValue")) {
        urls.push({
          where: `<${name}>`,
          url: el.getAttribute("DefaultValue") as string,
          size: name === "IconUrl" ? 32 : name === "HighResolutionIconUrl" ? 64 : undefined,
        });
      }
    }
  }
  const domains = descendants(root, "AppDomain").map((d) => d.textContent?.trim() ?? "");
  for (const url of domains) urls.push({ where: "<AppDomain>", url });
  const imageSizes = new Map(
    descendants(root, "Image")
      .filter((i) => i.getAttribute("resid"))
      .map((i) => [i.getAttribute("resid"), Number(i.getAttribute("size"))]),
  );
  for (const [id, resource] of resources) {
    if (resource.kind !== "Urls" && resource.kind !== "Images") continue;
    for (const url of resource.values)
      urls.push({
        where: `resource "${id}"`,
        url,
        size: resource.kind === "Images" ? imageSizes.get(id) : undefined,
      });
  }
  const pane = child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue") ?? "";
  const origin = originOf(options.baseUrl ?? pane);
  for (const { where, url, size } of urls) {
    if (!url.startsWith("https://")) {
      problems.push(`${where}: "${url}" must be an https:// URL`);
      continue;
    }
    const hosted = origin !== undefined && originOf(url) === origin;
    const isAsset = /\.(png|jpe?g|gif|ico|svg)$/i.test(url);
    if (isAsset && !hosted) problems.push(`${where}: icon "${url}" is not served from ${origin}`);
    if (hosted && isAsset) checkIcon(url, origin as string, size, options.assetsRoot, where, problems);
  }
  // AppDomains list other origins the pane may navigate to: an origin only, and never the add-in's own.
  for (const domain of domains) {
    const domainOrigin = originOf(domain);
    if (domainOrigin !== undefined && domain.replace(/\/$/, "") !== domainOrigin) {
      problems.push(`<AppDomain> "${domain}" must be an origin (scheme and host) without a path`);
    }
    if (domainOrigin !== undefined && domainOrigin === originOf(pane)) {
      problems.push(`<AppDomain> "${domain}" is the add-in's own origin, which needs no AppDomain`);
    }
  }
  if (options.baseUrl && originOf(pane) !== originOf(options.baseUrl)) {
    problems.push(`the task pane URL "${pane}" does not match the build's base URL ${options.baseUrl}`);
  }
}

/** -1, 0 or 1 as version `a` ("1.2") is below, equal to or above `b`. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x!.length, y!.length); i++) {
    const d = (x![i] ?? 0) - (y![i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function checkIcon(
  url: string,
  origin: string,
  size: number | undefined,
  root: string,
  where: string,
  problems: string[],
) {
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(origin).pathname.length)).replace(
    /^\/+/,
    "",
  );
  const assetPath = rel.slice(rel.indexOf("assets/"));
  const file = join(root, assetPath.startsWith("assets/") ? assetPath : rel);
  if (!existsSync(file)) {
    problems.push(`${where}: icon file ${file} does not exist`);
    return;
  }
  const png = readFileSync(file);
  const isPng = png.length > 24 && png.toString("latin1", 1, 4) === "PNG";
  if (!isPng) {
    problems.push(`${where}: ${file} is not a PNG`);
    return;
  }
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (size && (width !== size || height !== size))
    problems.push(`${where}: ${file} is ${width}×${height}, expected ${size}×${size}`);
}
