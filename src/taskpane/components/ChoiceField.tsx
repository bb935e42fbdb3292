/**
 * A labelled drop-down that shrinks with a 320 px pane (Fluent's Select keeps its content's width unless
 * both the control and the native select may shrink). Used by the import preview and the review filters.
 */
import { Field, Select } from "@fluentui/react-components";
import type { CSSProperties } from "react";

export interface Choice {
  value: string;
  label: string;
}

const SHRINK: CSSProperties = { minWidth: 0 };
const SHRINK_NATIVE: CSSProperties = { minWidth: 0, width: "100%" };
/** Beside another choice in a row: each takes an equal share. */
const IN_ROW: CSSProperties = { flex: 1, minWidth: 0 };

export function ChoiceField(props: {
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange(value: string): void;
  /** Shares a row with other fields (a flex row of filters). */
  inRow?: boolean;
}) {
  return (
    <Field label={props.label} style={props.inRow ? IN_ROW : undefined}>
      <Select
        style={SHRINK}
        select={{ style: SHRINK_NATIVE }}
        value={props.value}
        onChange={(_e, d) => props.onChange(d.value)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
