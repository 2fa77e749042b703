import { Alert } from 'antd';

/** How an export or import of a 交接包 ended, in one sentence. */
export type Outcome = { tone: 'success' | 'error' | 'info'; text: string };

/** The outcome under a 交接包 section: an error is announced at once, the rest politely. */
export function OutcomeAlert({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <Alert
      style={{ marginTop: 16 }}
      type={outcome.tone}
      showIcon
      role={outcome.tone === 'error' ? 'alert' : 'status'}
      title={outcome.text}
    />
  );
}
