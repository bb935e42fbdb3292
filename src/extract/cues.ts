/** The cue words moved to vocabulary/cues.ts (one place for the vocabulary); this path stays for old imports. */
export * from "./vocabulary/cues";
