import type { KeyboardEvent } from 'react';

// The keyboard of people who enter records all day, as a spreadsheet has taught them: Enter moves
// to the next field, and a drop-down neither takes nor drops a choice the user did not make.

/**
 * Enter in a one-line field moves to the next field, as in a spreadsheet. Left alone: Enter that
 * ends an input-method composition, Enter in a text area, and Enter in a select (it picks).
 */
export function moveOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (!isPlainEnter(event)) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.closest('.ant-select')) return;
  if (focusNextField(event.currentTarget, target)) event.preventDefault();
}

/**
 * Enter in a drop-down already chosen and closed moves on too, before the drop-down hears it (it
 * would open its list again): its first Enter takes the option, the next one moves on, as in
 * every other field. So does Enter with nothing typed in a field of several choices (捐赠方,
 * 出席领导) or in a picker that adds to a list (参加委员): opened, its next Enter would take the
 * first member, chosen by no one. An empty drop-down of one choice, or one with something typed,
 * still opens and takes.
 */
function moveOnFromChosenSelect(event: KeyboardEvent<HTMLElement>): void {
  if (!isPlainEnter(event)) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') !== 'combobox') return;
  if (target.getAttribute('aria-expanded') === 'true' || target.value !== '') return;
  const select = target.closest('.ant-select');
  if (!select) return;
  const chosen =
    select.classList.contains('ant-select-single') &&
    select.querySelector('.ant-select-content-has-value') !== null;
  const adds =
    select.classList.contains('ant-select-multiple') || select.classList.contains(ADDS_TO_LIST);
  if (!chosen && !adds) return;
  if (!focusNextField(event.currentTarget, target)) return;
  event.preventDefault();
  event.stopPropagation();
}

/** The class of a drop-down that adds what is picked to a list beside it and stays empty. */
export const ADDS_TO_LIST = 'select-adds-to-list';

/**
 * Tab in a drop-down with nothing typed leaves it, as in every other field. The drop-down itself
 * would take its highlighted option first: in 参加委员 or 捐赠方 the first member, chosen by no
 * one (or drop one chosen), in an empty 活动类型 the first type. With a name typed, or an option
 * reached with the arrow keys, Tab takes it, as the drop-down does.
 */
function tabLeavesSelect(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') !== 'combobox') return;
  if (!target.closest('.ant-select')) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    arrowedTo.add(target);
    return;
  }
  const arrowed = arrowedTo.delete(target);
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  if (target.value !== '' || arrowed) return;
  // Not passed on to the drop-down; the browser still moves the focus on.
  event.stopPropagation();
}

/** Drop-downs whose highlighted option the user moved to with the arrow keys, since any other key. */
const arrowedTo = new WeakSet<HTMLInputElement>();

/** Keys the form's own way before a drop-down hears them. */
export function beforeSelectsHear(event: KeyboardEvent<HTMLElement>): void {
  moveOnFromChosenSelect(event);
  tabLeavesSelect(event);
}

function isPlainEnter(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey) return false;
  return !(event.nativeEvent.isComposing || event.keyCode === 229);
}

/** Focuses the field after `from` in the form; false when it is the last. */
function focusNextField(form: HTMLElement, from: HTMLElement): boolean {
  const fields = [
    ...form.querySelectorAll<HTMLElement>(
      'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])',
    ),
  ].filter(
    (field) => !(field instanceof HTMLInputElement && field.type === 'radio' && !field.checked),
  );
  const next = fields[fields.indexOf(from) + 1];
  if (!next) return false;
  next.focus();
  return true;
}
