/**
 * The shell's small parts: notices (no Fluent MessageBar here, to keep the first paint light), the one
 * compact notice for features an older Excel lacks, the first-run card, the footer with help and About,
 * and the boundary that offers a retry when a section's code cannot be loaded.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ButtonHTMLAttributes, Component, type ReactNode, useState } from "react";
import type { Requirement } from "../excel/requirements";
import { ADDIN_VERSION } from "../model/version";
import { useStrings } from "./i18n";
import type { PaneServices } from "./services";

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorderActive,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    borderLeftColor: tokens.colorStatusSuccessBorderActive,
  },
  detail: { marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  footer: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  link: { color: tokens.colorBrandForegroundLink },
  button: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  subtle: { border: "none", backgroundColor: "transparent" },
});

/** A plain themed button for the shell (Fluent's Button loads with the sections). */
export function PlainButton({
  subtle,
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { subtle?: boolean }) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, subtle && styles.subtle, className)}
      {...props}
    />
  );
}

export type Intent = "info" | "warning" | "error" | "success";

/** What an action in a section came to, shown in the section's live region. */
export type Outcome = { intent: "success" | "error" | "info"; text: string };

/**
 * A section's workbook actions: one runs at a time (busy), its outcome is shown, and a failure is worded
 * by the section (`failed` receives the error's message).
 */
export function useActions(failed: (message: string) => string) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<Outcome>, pending?: Outcome) {
    setBusy(true);
    if (pending) setOutcome(pending);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ intent: "error", text: failed((error as Error).message) });
    } finally {
      setBusy(false);
    }
  }
  return { outcome, setOutcome, busy, run };
}

/** A message in the flow of the pane; errors are announced at once, the rest politely. */
export function Notice({
  intent,
  children,
  detail,
}: {
  intent: Intent;
  children: ReactNode;
  detail?: string;
}) {
  const styles = useStyles();
  return (
    <div className={`${styles.notice} ${styles[intent]}`} role={intent === "error" ? "alert" : "status"}>
      {children}
      {detail && <div className={styles.detail}>{detail}</div>}
    </div>
  );
}

/** One line for every missing requirement set, with the details folded away. */
export function RequirementsNotice({ missing }: { missing: readonly Requirement[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  const features = missing.map((m) => t(`feature_${m.feature}`)).join(t("listSeparator"));
  return (
    <div className={`${styles.notice} ${styles.warning}`} role="status">
      <details>
        <summary>{t("featureMissing", { features })}</summary>
        <ul className={styles.steps}>
          {missing.map((m) => (
            <li key={m.feature}>
              {t("featureMissingDetail", {
                feature: t(`feature_${m.feature}`),
                set: m.set,
                version: m.version,
              })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

const FIRST_RUN_KEY = "firstRunDone";

export function FirstRunCard({
  services,
}: {
  services: Pick<PaneServices, "readPreference" | "writePreference">;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const [shown, setShown] = useState(() => services.readPreference(FIRST_RUN_KEY) !== "1");
  if (!shown) return null;
  return (
    <section className={styles.card} aria-labelledby="first-run-title">
      <h2 id="first-run-title" className={styles.cardTitle}>
        {t("firstRunTitle")}
      </h2>
      <p>{t("firstRunText")}</p>
      <ol className={styles.steps}>
        <li>{t("firstRunStep1")}</li>
        <li>{t("firstRunStep2")}</li>
        <li>{t("firstRunStep3")}</li>
      </ol>
      <PlainButton
        onClick={() => {
          services.writePreference(FIRST_RUN_KEY, "1");
          setShown(false);
        }}
      >
        {t("firstRunDismiss")}
      </PlainButton>
    </section>
  );
}

export function Footer() {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <a className={styles.link} href="help.html" target="_blank" rel="noopener" aria-label={t("helpLabel")}>
        {t("help")}
      </a>
      <details>
        <summary>{t("about")}</summary>
        {t("aboutText", { version: ADDIN_VERSION })}
      </details>
    </footer>
  );
}

/** Catches a section that failed to load (a chunk lost on a flaky network) and offers to try again. */
export class SectionBoundary extends Component<
  { children: ReactNode },
  { failed: boolean; attempt: number }
> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <SectionError onRetry={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))} />
      );
    }
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}

function SectionError({ onRetry }: { onRetry: () => void }) {
  const { t } = useStrings();
  return (
    <Notice intent="error">
      {t("sectionError")} <PlainButton onClick={onRetry}>{t("retry")}</PlainButton>
    </Notice>
  );
}

/** Text while something loads (Fluent's Spinner loads with the sections). */
export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={`${styles.notice} ${styles.info}`}>
      {label}
    </div>
  );
}
