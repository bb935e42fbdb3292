import { FluentProvider, Text, Title3, webLightTheme, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ADDIN_VERSION } from "../model/version";
import type { HostInfo } from "./host";

export function App({ host }: { host: HostInfo }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">Plan Indicators</Title3>
        <Text block>Version {ADDIN_VERSION}</Text>
        {!host.inExcel && (
          <MessageBar intent="info">
            <MessageBarBody>
              This add-in runs inside Excel. Open it from the Home tab in Excel to load indicator tables and use
              the PLAN functions.
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
