/**
 * The question “who is working?” asked before the first write of a session when 设置 has no
 * 经办人, so that the audit log does not fill with 未署名. Any save path awaits `askForOperator()`;
 * the one OperatorDialog mounted with the pages asks, keeps the answer in 设置, and answers.
 */

/** Decides a request: true to go on with the write, false to leave it unsaved. */
type Asker = () => Promise<boolean>;

let asker: Asker | undefined;
let asking: Promise<boolean> | undefined;

/**
 * Resolves true when the write may go on (a 经办人 is known, or was just given), false when the
 * user chose 取消. Concurrent callers share one question.
 */
export function askForOperator(): Promise<boolean> {
  if (asker === undefined) return Promise.resolve(true);
  asking ??= asker().finally(() => {
    asking = undefined;
  });
  return asking;
}

/** Called by the dialog that asks; returns the function that unregisters it. */
export function registerOperatorAsker(ask: Asker): () => void {
  asker = ask;
  return () => {
    if (asker === ask) asker = undefined;
  };
}
