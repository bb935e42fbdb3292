/**
 * Writes the zh-CN custom-functions metadata from the generated (English) functions.json and the table
 * src/functions/names.zh-CN.json (derived from src/model/function-specs.ts). Plain CommonJS so
 * webpack.config.js can require it.
 * One set of function names in every language: ids and names stay as in functions.json (Excel cannot
 * take translated custom-function names through its API, office-js #891), only the descriptions and the
 * parameter help are translated. A missing description throws: a build must not ship half-translated help.
 */
"use strict";

function localizeMetadata(metadata, table) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table.functions[fn.id];
    if (!entry || !entry.description) {
      problems.push(`no description for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((param) => {
      const p = entry.parameters && entry.parameters[param.name];
      if (!p || !p.description) {
        problems.push(`no description for parameter ${fn.id}.${param.name}`);
        return param;
      }
      return { ...param, description: p.description };
    });
    const extra = Object.keys(entry.parameters || {}).filter(
      (name) => !(fn.parameters || []).some((param) => param.name === name),
    );
    for (const name of extra) problems.push(`${fn.id} has no parameter '${name}' (stale table)`);
    return { ...fn, description: entry.description, parameters };
  });
  const stale = Object.keys(table.functions).filter((id) => !metadata.functions.some((fn) => fn.id === id));
  for (const id of stale) problems.push(`the table lists ${id}, which is not a function`);
  if (problems.length > 0) throw new Error(`Cannot localise the functions metadata: ${problems.join("; ")}.`);
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
