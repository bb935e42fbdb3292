/**
 * What Excel requires of an add-in-only manifest for a task pane with a shared runtime and custom
 * functions, written as data. Orders follow the OfficeApp / VersionOverrides 1.0 schemas.
 */

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in schema order; `required` ones must be present. */
export const OFFICE_APP_CHILDREN: { name: string; required?: boolean }[] = [
  { name: "Id", required: true },
  { name: "AlternateId" },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl" },
  { name: "SupportUrl" },
  { name: "AppDomains" },
  { name: "Hosts", required: true },
  { name: "Requirements" },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "Dictionary" },
  { name: "VersionOverrides", required: true },
  { name: "ExtendedOverrides" },
];

/** Children of the CustomFunctions extension point, in order. */
export const CUSTOM_FUNCTIONS_CHILDREN = ["Script", "Page", "Metadata", "Namespace"];

/** Children of a Workbook <Host> in VersionOverrides, in order. */
export const HOST_CHILDREN = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];

/** The only permission this add-in may ask for (least privilege: it reads and writes the workbook). */
export const ALLOWED_PERMISSION = "ReadWriteDocument";

/** Which resource collection a `resid` must point into, by the referring element's name. */
export const RESID_KIND: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const VERSION = /^\d+(\.\d+){0,3}$/;
/** Custom-function namespaces: a letter, then letters, digits or periods (Unicode letters for locales). */
export const NAMESPACE = /^\p{L}[\p{L}\p{N}.]*$/u;

/**
 * The functions return CustomFunctions.Error with a message, which needs CustomFunctionsRuntime 1.2: a
 * manifest with custom functions must require at least that.
 */
export const CUSTOM_FUNCTIONS_RUNTIME = { set: "CustomFunctionsRuntime", minVersion: "1.2" };
