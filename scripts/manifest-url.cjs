// Points the manifest's URLs at the host the add-in is deployed to (ADDIN_BASE_URL, HTTPS only).
const DEV_URL = "https://localhost:3000";

function resolveBaseUrl(value) {
  const url = (value || DEV_URL).trim().replace(/\/+$/, "");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https://, got "${value}"`);
  return url;
}

/**
 * Rewrites every development URL in the manifest to `baseUrl` (no trailing slash). An <AppDomain> naming
 * the add-in's own origin is dropped rather than rewritten: AppDomains are other origins only, never with
 * a path (ADDIN_BASE_URL=https://intranet.example/plan must not put "/plan" there).
 */
function rewriteManifest(xml, baseUrl) {
  const own = new RegExp(`\\s*<AppDomain>\\s*${DEV_URL.replace(/[.:/]/g, "\\$&")}/?\\s*</AppDomain>`, "g");
  const withoutOwn = xml.replace(own, "").replace(/\s*<AppDomains>\s*<\/AppDomains>/g, "");
  return withoutOwn.split(DEV_URL).join(resolveBaseUrl(baseUrl));
}

module.exports = { DEV_URL, resolveBaseUrl, rewriteManifest };
