/**
 * office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency chain ends
 * in an ESM-only package that jest's CommonJS runtime cannot load. Test files that use office-addin-mock
 * mock that module with this one.
 */
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
