import type { Page } from 'playwright-core';
import type { PathRequest } from './scriptedDialogs';

/** Labels of the in-page path dialog, by kind of request. */
export const PAGE_DIALOG_TEXT = {
  save: { label: '保存到', confirm: '保存', hint: '履职台账将把文件写到这个位置（可修改）。' },
  open: { label: '文件路径', confirm: '打开', hint: '请填写要打开的文件的完整路径。' },
  folder: {
    label: '文件夹路径',
    confirm: '选择',
    hint: '请填写文件夹的完整路径（例如 U 盘上的文件夹）。',
  },
} as const;

// Plain JavaScript run in the page with page.evaluate (the app's CSP refuses an injected <script>).
// Kept as source text so no transpiler helper leaks into it. A modal <dialog>: Esc and 取消 cancel,
// Enter confirms, Tab stays inside; its heading names it and the hint describes it.
const DIALOG_SOURCE = `(request) => new Promise((resolve) => {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'dl-host-dialog-title');
  dialog.setAttribute('aria-describedby', 'dl-host-dialog-hint');
  dialog.style.cssText = 'font: 14px/1.6 sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #d9d9d9; border-radius: 8px; padding: 20px 24px; width: min(560px, 90vw); box-shadow: 0 6px 16px rgba(0,0,0,.12);';
  const title = document.createElement('h2');
  title.id = 'dl-host-dialog-title';
  title.textContent = request.title;
  title.style.cssText = 'font-size: 16px; margin: 0 0 12px;';
  const label = document.createElement('label');
  label.htmlFor = 'dl-host-dialog-path';
  label.textContent = request.label;
  label.style.cssText = 'display: block; margin-bottom: 4px;';
  const input = document.createElement('input');
  input.id = 'dl-host-dialog-path';
  input.type = 'text';
  input.value = request.proposed;
  input.spellcheck = false;
  input.style.cssText = 'box-sizing: border-box; width: 100%; font: inherit; padding: 4px 8px; border: 1px solid #8c8c8c; border-radius: 4px;';
  const hint = document.createElement('p');
  hint.id = 'dl-host-dialog-hint';
  hint.textContent = request.hint;
  hint.style.cssText = 'margin: 4px 0 16px; color: #595959;';
  const buttons = document.createElement('div');
  buttons.style.cssText = 'display: flex; justify-content: flex-end; gap: 8px;';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = '取消';
  cancel.style.cssText = 'font: inherit; padding: 4px 16px; border: 1px solid #8c8c8c; border-radius: 4px; background: #fff; color: #1f1f1f;';
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.textContent = request.confirm;
  confirm.style.cssText = 'font: inherit; padding: 4px 16px; border: 1px solid #0958d9; border-radius: 4px; background: #0958d9; color: #fff;';
  let done = false;
  const finish = (answer) => {
    if (done) return;
    done = true;
    dialog.close();
    dialog.remove();
    resolve(answer);
  };
  cancel.addEventListener('click', () => finish(null));
  confirm.addEventListener('click', () => finish(input.value.trim() || null));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      finish(input.value.trim() || null);
    }
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish(null);
  });
  buttons.append(cancel, confirm);
  dialog.append(title, label, input, hint, buttons);
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
  input.select();
})`;

// A modal notice with one button, 知道了, focused; Esc closes it too.
const NOTICE_SOURCE = `(notice) => new Promise((resolve) => {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'dl-host-notice-title');
  dialog.setAttribute('aria-describedby', 'dl-host-notice-message');
  dialog.style.cssText = 'font: 14px/1.6 sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #d9d9d9; border-radius: 8px; padding: 20px 24px; width: min(560px, 90vw); box-shadow: 0 6px 16px rgba(0,0,0,.12);';
  const title = document.createElement('h2');
  title.id = 'dl-host-notice-title';
  title.textContent = notice.title;
  title.style.cssText = 'font-size: 16px; margin: 0 0 12px;';
  const message = document.createElement('p');
  message.id = 'dl-host-notice-message';
  message.textContent = notice.message;
  message.style.cssText = 'margin: 0 0 8px;';
  const detail = document.createElement('p');
  detail.textContent = notice.detail;
  detail.style.cssText = 'margin: 0 0 16px; white-space: pre-line; overflow-wrap: anywhere; color: #434343;';
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = '知道了';
  ok.style.cssText = 'display: block; margin-left: auto; font: inherit; padding: 4px 16px; border: 1px solid #0958d9; border-radius: 4px; background: #0958d9; color: #fff;';
  const finish = () => {
    dialog.close();
    dialog.remove();
    resolve(null);
  };
  ok.addEventListener('click', finish);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish();
  });
  dialog.append(title, message, detail, ok);
  document.body.append(dialog);
  dialog.showModal();
  ok.focus();
})`;

/** Shows a notice in a modal dialog inside the page; resolves when the user has closed it. */
export async function showNoticeInPage(
  page: Page,
  notice: { title: string; message: string; detail: string },
): Promise<void> {
  await page.evaluate(`(${NOTICE_SOURCE})(${JSON.stringify(notice)})`).catch(() => undefined);
}

/**
 * Asks for a path in a modal dialog drawn inside the app's page, for machines with no native
 * dialog program. The path proposed can be edited; null when the user cancels or the page goes.
 */
export async function askPathInPage(page: Page, request: PathRequest): Promise<string | null> {
  const text = PAGE_DIALOG_TEXT[request.kind];
  const argument = JSON.stringify({ ...request, ...text });
  try {
    const answer: unknown = await page.evaluate(`(${DIALOG_SOURCE})(${argument})`);
    return typeof answer === 'string' ? answer : null;
  } catch {
    return null;
  }
}
