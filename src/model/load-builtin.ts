/**
 * Browser loader for the dataset shipped with the add-in (indicators.json next to the page).
 * Every failure becomes an Error whose message says what went wrong and where.
 */
import { validateDataset } from "./dataset";
import type { Dataset } from "../record";
import { failLoading, setDataset } from "./runtime";
import type { PlanStore } from "./store";

type FetchLike = (url: string) => Promise<Pick<Response, "ok" | "status" | "statusText" | "json">>;

export async function loadBuiltinDataset(
  fetchImpl: FetchLike = (url) => fetch(url),
  url = "indicators.json",
): Promise<Dataset> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new Error(`Could not load the built-in indicators from ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new Error(
      `Could not load the built-in indicators from ${url}: HTTP ${response.status} ${response.statusText}`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`The built-in indicators file ${url} is not valid JSON.`);
  }
  try {
    return validateDataset(json);
  } catch (error) {
    throw new Error(`The built-in indicators file ${url} is malformed: ${(error as Error).message}`);
  }
}

/**
 * Loads the built-in dataset into the shared runtime (call once at start-up): PLAN functions waiting for
 * data then answer; if loading fails they answer #N/A with the reason, and the error is rethrown for the UI.
 */
export async function startBuiltinData(fetchImpl?: FetchLike, url?: string): Promise<PlanStore> {
  try {
    return setDataset(await loadBuiltinDataset(fetchImpl, url));
  } catch (error) {
    failLoading(error as Error);
    throw error;
  }
}
