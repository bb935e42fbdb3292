/**
 * Writes the zh-CN custom-functions metadata from the generated (English) functions.json and the name
 * table src/functions/names.zh-CN.json. Plain CommonJS so webpack.config.js can require it.
 * Excel does not localise generated metadata itself; the manifest points zh-CN users at the result.
 * Ids stay as they are (formulas are stored by id); names and descriptions are replaced.
 * A missing or invalid name throws: a build must not ship half-translated functions.
 */
"use strict";

/** Excel's rule for function names: start with a letter, at least 3 characters, letters, digits, _ and . only. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

function localizeMetadata(metadata, table) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table.functions[fn.id];
    if (!entry) {
      problems.push(`no name for function ${fn.id}`);
      return fn;
    }
    if (!FUNCTION_NAME.test(entry.name))
      problems.push(`${fn.id}: '${entry.name}' is not a valid function name`);
    const parameters = (fn.parameters || []).map((param) => {
      const p = entry.parameters && entry.parameters[param.name];
      if (!p || !p.name || !p.description) {
        problems.push(`no name or description for parameter ${fn.id}.${param.name}`);
        return param;
      }
      return { ...param, name: p.name, description: p.description };
    });
    const extra = Object.keys(entry.parameters || {}).filter(
      (name) => !(fn.parameters || []).some((param) => param.name === name),
    );
    for (const name of extra) problems.push(`${fn.id} has no parameter '${name}' (stale name table)`);
    return { ...fn, name: entry.name, description: entry.description || fn.description, parameters };
  });
  const stale = Object.keys(table.functions).filter((id) => !metadata.functions.some((fn) => fn.id === id));
  for (const id of stale) problems.push(`the name table lists ${id}, which is not a function`);
  if (problems.length > 0) throw new Error(`Cannot localise the functions metadata: ${problems.join("; ")}.`);
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
