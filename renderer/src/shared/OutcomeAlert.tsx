import { Alert } from 'antd';

/** How an action on a whole data set (a 交接包, the sample data) ended, in one sentence. */
export type Outcome = { tone: 'success' | 'error' | 'info'; text: string };

/**
 * The outcome under the section that ran it, kept until the next run (a toast can be missed):
 * an error is announced at once, the rest politely.
 */
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
